import { useSearchParams } from 'react-router';
import { useTeam } from '../contacts/team-api';
import { type PeriodKey, periodDates } from './report-period';
import type { ReportFilters } from './reports-api';

const keys: PeriodKey[] = ['today', 'week', 'month', 'custom'];

/** Period, rep and state kept in the address (so a manager can share the view); reps see only their own. */
export function useReportFilters(defaultPeriod: PeriodKey = 'week') {
  const { manager } = useTeam();
  const [params, setParams] = useSearchParams();
  const raw = params.get('period') as PeriodKey | null;
  const period: PeriodKey = raw && keys.includes(raw) ? raw : defaultPeriod;
  const custom = { from: params.get('from') ?? '', to: params.get('to') ?? '' };
  const dates = periodDates(period, custom);
  const filters: ReportFilters = {
    ...dates,
    repId: manager ? params.get('rep') : null,
    state: params.get('state'),
  };
  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  return {
    manager,
    period,
    custom: dates,
    filters,
    setPeriod: (p: PeriodKey) =>
      set(
        p === 'custom' ? { period: p, from: dates.from, to: dates.to } : { period: p, from: null, to: null },
      ),
    setCustom: (from: string, to: string) => set({ period: 'custom', from, to }),
    setRep: (rep: string | null) => set({ rep }),
    setState: (state: string | null) => set({ state }),
  };
}
export type ReportFilterControls = ReturnType<typeof useReportFilters>;
