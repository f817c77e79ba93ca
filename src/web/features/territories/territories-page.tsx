import { Button, Grid, Group, Paper, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { stateCodes } from '../../../shared/us-states';
import { AccessDenied } from '../../components/access-denied';
import { LoadError } from '../../components/load-error';
import { PageContainer } from '../../components/page-container';
import { PageHeader } from '../../components/page-header';
import { canManageUsers, useCurrentUser } from '../auth/current-user';
import { download } from '../contacts/export-csv';
import { AutoAssignPanel } from './auto-assign-panel';
import { percent } from './map-colors';
import { repMetricsCsv, stateMetricsCsv } from './metrics-csv';
import { RepMetricsTable, StateMetricsTable } from './metrics-tables';
import { type TerritoryMetrics, useTerritoryMetrics } from './territories-api';
import { TerritoryMap } from './territory-map';
import { type TerritoryModel, territoryModel } from './territory-model';
import { WaitingLeads } from './waiting-leads';

export function TerritoriesPage() {
  useDocumentTitle('Territories · Lowboy');
  const me = useCurrentUser();
  if (!canManageUsers(me)) return <AccessDenied reason="Territories are set by managers." />;
  return <TerritoriesWorkspace />;
}

function TerritoriesWorkspace() {
  const metrics = useTerritoryMetrics();
  const [autoStates, setAutoStates] = useState<string[]>([]);
  const model = metrics.data ? territoryModel(metrics.data) : null;
  return (
    <PageContainer>
      <PageHeader title="Territories" description="Who works which states, and how well they are covered" />
      {metrics.isError ? (
        <LoadError
          title="Territories could not load"
          error={metrics.error}
          onRetry={() => metrics.refetch()}
        />
      ) : metrics.data && model ? (
        <Stack gap="md">
          <Totals metrics={metrics.data} />
          <Grid gap="md" align="flex-start">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <TerritoryMap model={model} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <Stack gap="md">
                <AutoAssignPanel model={model} states={autoStates} onStatesChange={setAutoStates} />
                <WaitingLeads
                  states={metrics.data.states}
                  model={model}
                  onPick={(s) => setAutoStates((prev) => (prev.includes(s) ? prev : [...prev, s]))}
                />
              </Stack>
            </Grid.Col>
          </Grid>
          <MetricsTabs metrics={metrics.data} model={model} />
        </Stack>
      ) : (
        <Text c="dimmed">Loading…</Text>
      )}
    </PageContainer>
  );
}

function Totals({ metrics }: { metrics: TerritoryMetrics }) {
  const sum = (key: 'total' | 'unassigned' | 'worked') => metrics.states.reduce((s, r) => s + r[key], 0);
  const total = sum('total');
  const covered = new Set(metrics.reps.flatMap((r) => r.states));
  const uncovered = stateCodes.filter((code) => !covered.has(code)).length;
  const facts: [string, string][] = [
    ['Leads', total.toLocaleString('en-US')],
    ['Unassigned', sum('unassigned').toLocaleString('en-US')],
    ['Coverage', percent(total ? sum('worked') / total : 0)],
    ['States without a rep', `${uncovered} of ${stateCodes.length}`],
  ];
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
      {facts.map(([label, value]) => (
        <Paper key={label} withBorder radius="md" px="lg" py="md">
          <Text size="xs" c="dimmed" fw={600} tt="uppercase" lts={0.3}>
            {label}
          </Text>
          <Text fz={26} fw={700} ff="monospace" aria-label={label}>
            {value}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

function MetricsTabs({ metrics, model }: { metrics: TerritoryMetrics; model: TerritoryModel }) {
  const [tab, setTab] = useState<string | null>('reps');
  const exportCsv = () =>
    tab === 'reps'
      ? download(repMetricsCsv(model.reps), 'territory-reps.csv')
      : download(stateMetricsCsv(metrics.states, model.repsOf), 'territory-states.csv');
  return (
    <Paper withBorder radius="md" p="lg">
      <Tabs value={tab} onChange={setTab}>
        <Group justify="space-between" mb="sm">
          <Tabs.List>
            <Tabs.Tab value="reps">By rep</Tabs.Tab>
            <Tabs.Tab value="states">By state</Tabs.Tab>
          </Tabs.List>
          <Button variant="default" size="xs" leftSection={<IconDownload size={14} />} onClick={exportCsv}>
            Export CSV
          </Button>
        </Group>
        <Tabs.Panel value="reps">
          <RepMetricsTable model={model} />
        </Tabs.Panel>
        <Tabs.Panel value="states">
          <StateMetricsTable states={metrics.states} model={model} />
        </Tabs.Panel>
      </Tabs>
    </Paper>
  );
}
