import { Stack, Tabs } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useSearchParams } from 'react-router';
import { PageContainer } from '../../components/page-container';
import { PageHeader } from '../../components/page-header';
import { ForecastReport } from './forecast-report';
import { FunnelReport } from './funnel-report';
import { HeatmapReport } from './heatmap-report';
import { LeaderboardReport } from './leaderboard-report';
import { ReportFilterBar } from './report-filter-bar';
import { TerritoriesReport } from './territories-report';
import { useReportFilters } from './use-report-filters';
import { VelocityReport } from './velocity-report';

const tabs = [
  { value: 'leaderboard', label: 'Leaderboard', Report: LeaderboardReport },
  { value: 'funnel', label: 'Funnel', Report: FunnelReport },
  { value: 'heatmap', label: 'Heatmap', Report: HeatmapReport },
  { value: 'territories', label: 'Territories', Report: TerritoriesReport },
  { value: 'velocity', label: 'Velocity', Report: VelocityReport },
  { value: 'forecast', label: 'Forecast', Report: ForecastReport },
] as const;

/** The manager's reports (a rep sees the same, counted over their own work), each with its CSV. */
export function ReportsPage() {
  useDocumentTitle('Reports · Lowboy');
  const controls = useReportFilters('month');
  const [params, setParams] = useSearchParams();
  const tab = tabs.find((t) => t.value === params.get('tab')) ?? tabs[0];
  const pick = (value: string | null) => {
    const next = new URLSearchParams(params);
    next.set('tab', value ?? 'leaderboard');
    setParams(next, { replace: true });
  };
  return (
    <PageContainer width={1280}>
      <PageHeader
        title={controls.manager ? 'Reports' : 'My reports'}
        description={
          controls.manager
            ? 'The team, rep by rep and state by state.'
            : 'Your own work, counted the way the team’s is.'
        }
        actions={<ReportFilterBar controls={controls} withState />}
      />
      <Stack gap="md">
        <Tabs value={tab.value} onChange={pick}>
          <Tabs.List>
            {tabs.map((t) => (
              <Tabs.Tab key={t.value} value={t.value}>
                {t.label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </Tabs>
        <tab.Report filters={controls.filters} />
      </Stack>
    </PageContainer>
  );
}
