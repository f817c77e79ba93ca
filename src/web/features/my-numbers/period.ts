// Periods are organisation dates (America/Chicago, as the server counts them), "2026-11-24".

const ORG_TIME_ZONE = 'America/Chicago';

export const periods = [
  { value: '7', label: '7 days' },
  { value: '14', label: '14 days' },
  { value: '30', label: '30 days' },
] as const;

function orgDate(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: ORG_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

/** The last `days` organisation dates, today included. */
export function lastDays(days: number, now = new Date()): { from: string; to: string } {
  const to = orgDate(now);
  const [y, m, d] = to.split('-').map(Number) as [number, number, number];
  const start = new Date(Date.UTC(y, m - 1, d - (days - 1)));
  return { from: start.toISOString().slice(0, 10), to };
}
