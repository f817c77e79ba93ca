// How contact facts read on screen: relative times, exact times on hover, phones, places, the lead's clock.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const dayFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric' });
const dayYearFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
const exactFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

/** "just now", "12 min ago", "5 h ago", "3 days ago", then a date; the future reads "in 2 h", "in 3 days". */
export function formatRelative(iso: string, now: Date = new Date()): string {
  const at = new Date(iso);
  const diff = now.getTime() - at.getTime();
  const abs = Math.abs(diff);
  const past = diff >= 0;
  const say = (n: number, unit: string) => (past ? `${n} ${unit} ago` : `in ${n} ${unit}`);
  if (abs < MINUTE) return past ? 'just now' : 'in a moment';
  if (abs < HOUR) return say(Math.floor(abs / MINUTE), 'min');
  if (abs < DAY) return say(Math.floor(abs / HOUR), 'h');
  if (abs < 2 * DAY) return past ? 'yesterday' : 'tomorrow';
  if (abs < 7 * DAY) return say(Math.floor(abs / DAY), 'days');
  return at.getFullYear() === now.getFullYear() ? dayFormat.format(at) : dayYearFormat.format(at);
}

/** "Nov 3, 2026, 2:14 PM" in the viewer's zone, for a tooltip or title. */
export function formatExact(iso: string): string {
  return exactFormat.format(new Date(iso));
}

export function formatDate(iso: string): string {
  return dayYearFormat.format(new Date(iso));
}

/** The number as typed, with its extension spelled out: "(918) 555-0123 ext. 45". */
export function phoneLabel(raw: string | null, ext: string | null): string | null {
  if (!raw) return null;
  if (!ext) return raw;
  const base = raw.replace(/\s*(?:x|ext\.?|extension|#)\s*\d+\s*$/i, '').trim();
  return `${base} ext. ${ext}`;
}

/** A tel: link target: E.164 with the extension as a pause-dial (",45"), which phones understand. */
export function telHref(e164: string | null, raw: string | null, ext: string | null): string | null {
  const number = e164 ?? raw?.replace(/[^\d+]/g, '');
  if (!number) return null;
  return `tel:${number}${ext ? `,${ext}` : ''}`;
}

/** "Tulsa, OK 74103" from whatever parts are known. */
export function placeLabel(city: string | null, state: string | null, zip?: string | null): string | null {
  const region = [state, zip].filter(Boolean).join(' ');
  const label = [city, region].filter(Boolean).join(', ');
  return label || null;
}

/** "2:14 PM CT": the time where the lead is, with the zone's generic short name. */
export function localTimeLabel(timeZone: string, now: Date = new Date()): string | null {
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'shortGeneric',
    }).formatToParts(now);
    const time = parts
      .filter((p) => p.type !== 'timeZoneName')
      .map((p) => p.value)
      .join('')
      .trim();
    const zone = parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
    return `${time} ${shortZone(zone)}`.trim();
  } catch {
    return null;
  }
}

// Chromium may spell a generic zone as "Central Time" or "CT" depending on locale data; keep it short.
function shortZone(zone: string): string {
  const named: Record<string, string> = {
    'Eastern Time': 'ET',
    'Central Time': 'CT',
    'Mountain Time': 'MT',
    'Pacific Time': 'PT',
    'Alaska Time': 'AKT',
    'Hawaii-Aleutian Time': 'HT',
  };
  return named[zone] ?? zone;
}

/** The hour (0–23) where the lead is: calling hours are 8 a.m. to 9 p.m. their time. */
export function localHour(timeZone: string, now: Date = new Date()): number | null {
  try {
    const hour = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', hourCycle: 'h23' }).format(
      now,
    );
    return Number(hour);
  } catch {
    return null;
  }
}

/** "1 contact", "1,234 contacts"; with `orMore` "10,000+ contacts" (a capped count). */
export function pluralize(n: number, one: string, many = `${one}s`, orMore = false): string {
  return `${n.toLocaleString('en-US')}${orMore ? '+' : ''} ${n === 1 && !orMore ? one : many}`;
}

/** "4:05", "1:02:09": a call's length in seconds as a clock reads. */
export function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const mm = String(m).padStart(h ? 2 : 1, '0');
  return `${h ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}
