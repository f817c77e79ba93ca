import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { timeZoneFor } from './time-zone';
import { usStates } from './us-states';

// TCPA calling hours: a lead may be called from 8:00 until 21:00 in its own local time (decision 010).
export const OPEN_HOUR = 8;
export const CLOSE_HOUR = 21;

/** Every zone a US lead can be in: used when a lead's zone is unknown (callable only if open in all). */
export const usTimeZones: readonly string[] = [
  ...new Set([
    ...usStates.map((s) => s[2]),
    'America/Denver',
    'America/Chicago',
    'America/New_York',
    'America/Los_Angeles',
    'America/Menominee',
    'America/Boise',
  ]),
];

/** The zone calling hours are checked in: the contact's stored zone, else its state (and ZIP), else null. */
export function leadTimeZone(c: { time_zone: string | null; state: string | null; zip: string | null }) {
  if (c.time_zone) return c.time_zone;
  return c.state ? timeZoneFor(c.state, c.zip) : null;
}

function openIn(zone: string, at: Date): boolean {
  const h = new TZDate(at.getTime(), zone).getHours();
  return h >= OPEN_HOUR && h < CLOSE_HOUR;
}

/** May the lead be called at `at`? An unknown zone must be within hours in every US zone. */
export function isWithinCallingHours(zone: string | null, at: Date): boolean {
  return zone ? openIn(zone, at) : usTimeZones.every((z) => openIn(z, at));
}

function nextOpeningIn(zone: string, at: Date): Date {
  if (openIn(zone, at)) return at;
  const local = new TZDate(at.getTime(), zone);
  const day = local.getHours() < OPEN_HOUR ? local.getDate() : local.getDate() + 1;
  // 8:00 always exists: US DST changes happen at 2:00.
  const open = new TZDate(local.getFullYear(), local.getMonth(), day, OPEN_HOUR, 0, 0, zone);
  return new Date(open.getTime());
}

/** The first instant from `at` on when the lead may be called. */
export function nextCallingWindow(zone: string | null, at: Date): Date {
  if (zone) return nextOpeningIn(zone, at);
  let t = at;
  // Each step moves to the latest zone's opening; the daily common window is reached in a few steps.
  for (let i = 0; i < 10 && !isWithinCallingHours(null, t); i++) {
    t = new Date(Math.max(...usTimeZones.map((z) => nextOpeningIn(z, t).getTime())));
  }
  return t;
}

const zoneLabels: Record<string, string> = {
  'America/New_York': 'ET',
  'America/Detroit': 'ET',
  'America/Indiana/Indianapolis': 'ET',
  'America/Kentucky/Louisville': 'ET',
  'America/Chicago': 'CT',
  'America/Menominee': 'CT',
  'America/Denver': 'MT',
  'America/Boise': 'MT',
  'America/Phoenix': 'MT',
  'America/Los_Angeles': 'PT',
  'America/Anchorage': 'AKT',
  'Pacific/Honolulu': 'HT',
};

/** "CT", "ET"… as a US rep says it; other zones by their short name. */
export function zoneLabel(zone: string, at: Date): string {
  const known = zoneLabels[zone];
  if (known) return known;
  const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? zone;
}

/** "2:30 PM CT" (with the date, "Mar 9, 2:30 PM CT", when `withDate`). */
export function formatLocal(zone: string, at: Date, withDate = false): string {
  const local = new TZDate(at.getTime(), zone);
  return `${format(local, withDate ? 'MMM d, h:mm a' : 'h:mm a')} ${zoneLabel(zone, at)}`;
}

/** "opens at 8:00 AM CT" for a held-back lead (an unknown zone is shown in the organisation's). */
export function opensAtLabel(zone: string | null, at: Date, orgZone: string): string {
  return `opens at ${formatLocal(zone ?? orgZone, nextCallingWindow(zone, at))}`;
}

/** Splits leads into those callable now and those held back until their calling hours open. */
export function splitByCallingHours<T>(items: T[], zoneOf: (item: T) => string | null, at: Date) {
  const open: T[] = [];
  const held: { item: T; opensAt: Date }[] = [];
  for (const item of items) {
    const zone = zoneOf(item);
    if (isWithinCallingHours(zone, at)) open.push(item);
    else held.push({ item, opensAt: nextCallingWindow(zone, at) });
  }
  return { open, held };
}
