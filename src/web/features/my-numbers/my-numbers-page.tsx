import { Grid, Group, SegmentedControl, Skeleton, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useSearchParams } from 'react-router';
import { LoadError } from '../../components/load-error';
import { PageContainer } from '../../components/page-container';
import { PageHeader } from '../../components/page-header';
import { useCallMetrics } from '../calls/calls-api';
import { RepPicker } from '../calls/rep-picker';
import { useTeam } from '../contacts/team-api';
import { CallsPerDayChart } from './calls-per-day-chart';
import { DailyTargetCard } from './daily-target-card';
import { NumbersCards } from './numbers-cards';
import { OutcomeBreakdown } from './outcome-breakdown';
import { lastDays, periods } from './period';
import { TalkingPointsEditor } from './talking-points-editor';

/** Calls, connects and conversion over a period: mine, or (managers) a rep's or the team's. */
export function MyNumbersPage() {
  const { manager, people } = useTeam();
  const [params, setParams] = useSearchParams();
  const days = params.get('days') ?? '14';
  const repId = manager ? params.get('repId') : null;
  const rep = people.find((p) => p.id === repId) ?? null;
  useDocumentTitle(`${manager ? 'Numbers' : 'My numbers'} · Lowboy`);
  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const metrics = useCallMetrics(lastDays(Number(days)), repId);

  return (
    <PageContainer width={1200}>
      <PageHeader
        title={manager ? (rep ? `${rep.name}'s numbers` : "The team's numbers") : 'My numbers'}
        description="Calls, connects and conversion, counted in the organisation's days (Central time)."
        actions={
          <Group gap="sm">
            {manager ? (
              <RepPicker value={repId} onChange={(id) => setParam('repId', id)} teamLabel="Whole team" />
            ) : null}
            <SegmentedControl
              aria-label="Period"
              value={days}
              onChange={(v) => setParam('days', v === '14' ? null : v)}
              data={periods.map((p) => ({ value: p.value, label: p.label }))}
            />
          </Group>
        }
      />
      <Stack gap="lg">
        {metrics.isError ? (
          <LoadError title="Numbers could not load" error={metrics.error} onRetry={() => metrics.refetch()} />
        ) : !metrics.data ? (
          <Skeleton height={420} radius="md" />
        ) : (
          <>
            <NumbersCards metrics={metrics.data} />
            <Grid gap="md">
              <Grid.Col span={{ base: 12, md: 8 }}>
                <CallsPerDayChart metrics={metrics.data} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 4 }}>
                <OutcomeBreakdown metrics={metrics.data} />
              </Grid.Col>
            </Grid>
          </>
        )}
        {manager ? (
          <Grid gap="md">
            {rep ? (
              <Grid.Col span={{ base: 12, md: 4 }}>
                <DailyTargetCard rep={rep} />
              </Grid.Col>
            ) : null}
            <Grid.Col span={{ base: 12, md: rep ? 8 : 12 }}>
              <TalkingPointsEditor />
            </Grid.Col>
          </Grid>
        ) : null}
      </Stack>
    </PageContainer>
  );
}
