// A report's period: organisation dates (America/Chicago, as the server counts them), inclusive.

const ORG_TIME_ZONE = 'America/Chicago';

export type PeriodKey = 'today' | 'week' | 'month' | 'custom';
export type Period = { from: string; to: string };

export const periodOptions: { value: PeriodKey; label: string }[] = [
  { value: 'today', label: 'Today' },
  { value: 'week', label: 'This week' },
  { value: 'month', label: 'This month' },
  { value: 'custom', label: 'Custom' },
];

export function orgToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: ORG_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

const parse = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
};
const iso = (date: Date) => date.toISOString().slice(0, 10);

/** The period's dates: a week starts on Monday; custom keeps what was typed. */
export function periodDates(key: PeriodKey, custom: Partial<Period> = {}, now = new Date()): Period {
  const today = orgToday(now);
  const t = parse(today);
  if (key === 'today') return { from: today, to: today };
  if (key === 'week') {
    const back = (t.getUTCDay() + 6) % 7;
    return { from: iso(new Date(t.getTime() - back * 86_400_000)), to: today };
  }
  if (key === 'month') return { from: `${today.slice(0, 8)}01`, to: today };
  return { from: custom.from || today, to: custom.to || today };
}

/** The same-length period just before, for "vs previous period" in words. */
export function previousLabel(key: PeriodKey): string {
  return key === 'today'
    ? 'vs yesterday'
    : key === 'week'
      ? 'vs last week'
      : key === 'month'
        ? 'vs last month'
        : 'vs previous period';
}
