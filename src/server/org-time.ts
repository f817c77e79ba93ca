import { TZDate } from '@date-fns/tz';
import { addDays, startOfDay, startOfWeek } from 'date-fns';

/**
 * The organisation's zone: what "today" and "this week" mean for My day, the task list and the numbers
 * (decision 010). The customer's team sits in Texas; users have no zone of their own yet.
 */
export const ORG_TIME_ZONE = 'America/Chicago';

const inOrg = (at: Date) => new TZDate(at.getTime(), ORG_TIME_ZONE);

/** Midnight starting the organisation's day that contains `at`. */
export function startOfOrgDay(at: Date): Date {
  return new Date(startOfDay(inOrg(at)).getTime());
}

/** Midnight ending it (the next day's start; DST days are 23 or 25 hours). */
export function endOfOrgDay(at: Date): Date {
  return new Date(startOfDay(addDays(inOrg(at), 1)).getTime());
}

/** Monday 00:00 of the organisation's week that contains `at`. */
export function startOfOrgWeek(at: Date): Date {
  return new Date(startOfWeek(inOrg(at), { weekStartsOn: 1 }).getTime());
}

/** The organisation's calendar date of an instant, "2026-03-08". */
export function orgDate(at: Date): string {
  const d = inOrg(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Midnight starting an organisation date "2026-03-08". */
export function orgDateStart(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, 0, 0, 0, ORG_TIME_ZONE).getTime());
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The organisation date `days` after `date` ("2026-03-08", 1 → "2026-03-09"), whatever DST does. */
export function shiftOrgDate(date: string, days: number): string {
  return orgDate(new Date(orgDateStart(date).getTime() + days * 86_400_000 + 12 * 3_600_000));
}
