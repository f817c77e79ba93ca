import { Anchor, Group, Paper, Progress, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { dealStageLabels } from '../../../shared/deals';
import { formatMoneyShort, stageColors } from '../deals/deal-format';
import { type ReportFilters, useReport } from '../reports/reports-api';

/**
 * Open pipeline by stage as horizontal bars: count, value, and the weighted share inside each bar — every open
 * deal in the filters, as of the period's end (GET /api/reports/pipeline).
 */
export function PipelineByStage({ filters }: { filters: ReportFilters }) {
  const pipeline = useReport('pipeline', filters);
  const rows = (pipeline.data?.rows ?? []).map((r) => ({
    stage: r.stage,
    count: r.deals,
    cents: r.cents,
    weighted: r.weightedCents,
  }));
  const top = Math.max(1, ...rows.map((r) => r.cents));
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label="Pipeline by stage">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4">
          Pipeline by stage
        </Title>
        <Anchor component={Link} to="/deals" size="sm">
          Open the board
        </Anchor>
      </Group>
      {!pipeline.data ? (
        <Skeleton height={120} />
      ) : (
        <Stack gap="md">
          {rows.map((r) => (
            <Stack key={r.stage} gap={4}>
              <Group justify="space-between">
                <Text size="sm" fw={500}>
                  {dealStageLabels[r.stage]}{' '}
                  <Text span size="xs" c="dimmed">
                    {r.count} {r.count === 1 ? 'deal' : 'deals'}
                  </Text>
                </Text>
                <Text size="sm" fw={600}>
                  {formatMoneyShort(r.cents)}{' '}
                  <Text span size="xs" c="dimmed" fw={400}>
                    ({formatMoneyShort(r.weighted)} weighted)
                  </Text>
                </Text>
              </Group>
              <Progress.Root size={12} radius="xs" aria-hidden>
                <Progress.Section value={(r.weighted / top) * 100} color={`${stageColors[r.stage]}.6`} />
                <Progress.Section
                  value={((r.cents - r.weighted) / top) * 100}
                  color={`${stageColors[r.stage]}.2`}
                />
              </Progress.Root>
            </Stack>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
