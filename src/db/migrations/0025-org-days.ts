import { TZDate } from '@date-fns/tz';

// A snapshot of the organisation day as migration 0025 knew it (America/Chicago): a migration imports no app
// code, so a later change to the app's org time can't change what this migration wrote.
const ZONE = 'America/Chicago';
const pad = (n: number) => String(n).padStart(2, '0');

/** The organisation's calendar date of an instant, "2026-03-08". */
export function orgDate(at: Date): string {
  const d = new TZDate(at.getTime(), ZONE);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Midnight starting an organisation date "2026-03-08". */
export function orgDateStart(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, 0, 0, 0, ZONE).getTime());
}

/** The organisation date `days` after `date`, whatever DST does. */
export function shiftOrgDate(date: string, days: number): string {
  return orgDate(new Date(orgDateStart(date).getTime() + days * 86_400_000 + 12 * 3_600_000));
}
