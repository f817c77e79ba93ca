import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

// Times a rep types for a lead are in the lead's zone; what they see next to it is in their own.

/** The value of a datetime-local input ("2026-11-24T15:30") for `at`, on the lead's clock. */
export function toLocalInput(at: Date, timeZone: string | null): string {
  const zoned = timeZone ? new TZDate(at.getTime(), timeZone) : at;
  return format(zoned, "yyyy-MM-dd'T'HH:mm");
}

/** The instant a datetime-local value names on the lead's clock, as UTC ISO; null when incomplete. */
export function fromLocalInput(value: string, timeZone: string | null): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const at = timeZone ? new TZDate(y, mo - 1, d, h, mi, timeZone) : new Date(y, mo - 1, d, h, mi);
  return Number.isNaN(at.getTime()) ? null : new Date(at.getTime()).toISOString();
}

/** Quick picks on the lead's clock: in an hour, in two, tomorrow morning, in two days. */
export function quickPicks(now: Date, timeZone: string | null): { label: string; value: string }[] {
  const inMinutes = (m: number) => toLocalInput(roundTo5(new Date(now.getTime() + m * 60_000)), timeZone);
  const morning = (days: number) => {
    const day = toLocalInput(new Date(now.getTime() + days * 86_400_000), timeZone).slice(0, 10);
    return `${day}T09:00`;
  };
  return [
    { label: 'In 1 hour', value: inMinutes(60) },
    { label: 'In 2 hours', value: inMinutes(120) },
    { label: 'Tomorrow 9 AM', value: morning(1) },
    { label: 'In 2 days', value: morning(2) },
  ];
}

function roundTo5(at: Date): Date {
  const step = 5 * 60_000;
  return new Date(Math.ceil(at.getTime() / step) * step);
}

const mineFormat = new Intl.DateTimeFormat('en-US', {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
});

/** "Tue, Nov 24, 3:30 PM EST": the instant in the viewer's own zone. */
export function inMyZone(iso: string): string {
  return mineFormat.format(new Date(iso));
}

export function zoneAbbreviation(timeZone: string | null, at = new Date()): string {
  if (!timeZone) return 'your time';
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortGeneric' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  return part ?? timeZone;
}
