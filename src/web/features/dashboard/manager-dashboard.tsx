import { Grid, Group, Stack, Text, Title } from '@mantine/core';
import { ReportFilterBar } from '../reports/report-filter-bar';
import { useReportFilters } from '../reports/use-report-filters';
import { ActivityFeed } from './activity-feed';
import { KpiCards } from './kpi-cards';
import { LiveCallers } from './live-callers';
import { PipelineByStage } from './pipeline-by-stage';

/** The manager's home: the team's numbers for a period, the pipeline, and what reps are doing right now. */
export function ManagerDashboard() {
  const controls = useReportFilters('today');
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap={0}>
          <Title order={2} size="h3">
            Team dashboard
          </Title>
          <Text size="sm" c="dimmed">
            Counted in the organisation’s days (Central time); each card says how.
          </Text>
        </Stack>
        <ReportFilterBar controls={controls} />
      </Group>
      <KpiCards filters={controls.filters} period={controls.period} />
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <PipelineByStage filters={controls.filters} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <LiveCallers />
            <ActivityFeed />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
