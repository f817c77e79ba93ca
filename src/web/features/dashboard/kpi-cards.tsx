import { SimpleGrid } from '@mantine/core';
import { LoadError } from '../../components/load-error';
import { percent } from '../../lib/outcome-labels';
import { formatMoneyShort } from '../deals/deal-format';
import { type PeriodKey, previousLabel } from '../reports/report-period';
import { type ReportFilters, useReport } from '../reports/reports-api';
import { changeOf, KpiCard } from './kpi-card';

/** The manager's headline numbers for the period, each against the period before. */
export function KpiCards({ filters, period }: { filters: ReportFilters; period: PeriodKey }) {
  const kpis = useReport('kpis', filters);
  const k = kpis.data;
  const against = previousLabel(period);
  const loading = !k;
  const num = (n: number | null | undefined) =>
    n === null || n === undefined ? '—' : n.toLocaleString('en-US');
  if (kpis.isError && !k)
    return (
      <LoadError
        title="The team’s numbers could not load"
        error={kpis.error}
        onRetry={() => kpis.refetch()}
      />
    );
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 6 }} spacing="md">
      <KpiCard
        metric="callsToday"
        label={period === 'today' ? 'Calls today' : 'Calls'}
        value={num(k?.callsToday.value)}
        change={k ? changeOf(k.callsToday.value, k.callsToday.previous, 'amount') : null}
        against={against}
        to="/numbers"
        loading={loading}
      />
      <KpiCard
        metric="conversionRate"
        label="Conversion rate"
        value={percent(k?.conversionRate.value ?? null)}
        sub="interested calls ÷ connects"
        change={k ? changeOf(k.conversionRate.value, k.conversionRate.previous, 'rate') : null}
        against={against}
        to="/reports?tab=funnel"
        loading={loading}
      />
      <KpiCard
        metric="pipelineValue"
        label="Pipeline value"
        value={formatMoneyShort(k?.pipelineValueCents.value)}
        sub={`${formatMoneyShort(k?.weightedPipelineCents.value)} weighted`}
        change={k ? changeOf(k.pipelineValueCents.value, k.pipelineValueCents.previous, 'amount') : null}
        against={against}
        to="/deals"
        loading={loading}
      />
      <KpiCard
        metric="emailResponseRate"
        label="Email response rate"
        value={percent(k?.emailResponseRate.value ?? null)}
        change={k ? changeOf(k.emailResponseRate.value, k.emailResponseRate.previous, 'rate') : null}
        against={against}
        to="/outbox"
        loading={loading}
      />
      <KpiCard
        metric="territoryCoverage"
        label="Territory coverage"
        value={percent(k?.territoryCoverage.value ?? null)}
        sub="leads called at least once"
        change={k ? changeOf(k.territoryCoverage.value, k.territoryCoverage.previous, 'rate') : null}
        against={against}
        to="/reports?tab=territories"
        loading={loading}
      />
      <KpiCard
        metric="dealsWon"
        label="Deals won"
        value={num(k?.dealsWon.value)}
        sub={`${formatMoneyShort(k?.dealsWonCents.value ?? 0)} won`}
        change={k ? changeOf(k.dealsWonCents.value, k.dealsWonCents.previous, 'amount') : null}
        against={against}
        to="/deals"
        loading={loading}
      />
    </SimpleGrid>
  );
}
