import { TZDate } from '@date-fns/tz';

// The old dashboard stored dates as whoever typed them: "2025-08-21", "08/21/2025", "8/21/25 2:30 PM",
// "Aug 21, 2025", "2025-08-20T10:30:00" (no zone), epoch numbers. Slashes are read the US way (month first).
type Parts = {
  y: number;
  mo: number;
  d: number;
  h: number | null;
  mi: number;
  s: number;
  offset: string | null;
};

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthOf = (name: string) => months.indexOf(name.slice(0, 3).toLowerCase()) + 1;

const iso =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const ymdSlash = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const us =
  /^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?$/i;
const monthFirst = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;
const dayFirst = /^(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})$/i;

const simple = (y: string, mo: number, d: string): Parts => ({
  y: +y,
  mo,
  d: +d,
  h: null,
  mi: 0,
  s: 0,
  offset: null,
});

const readers: [RegExp, (m: RegExpExecArray) => Parts | null][] = [
  [
    iso,
    (m) => ({
      y: +m[1]!,
      mo: +m[2]!,
      d: +m[3]!,
      h: m[4] === undefined ? null : Number(m[4]),
      mi: Number(m[5] ?? 0),
      s: Number(m[6] ?? 0),
      offset: m[7] ?? null,
    }),
  ],
  [ymdSlash, (m) => simple(m[1]!, +m[2]!, m[3]!)],
  [us, usParts],
  [monthFirst, (m) => simple(m[3]!, monthOf(m[1]!), m[2]!)],
  [dayFirst, (m) => simple(m[3]!, monthOf(m[2]!), m[1]!)],
];

function usParts(m: RegExpExecArray): Parts | null {
  const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  let h = m[4] === undefined ? null : Number(m[4]);
  const ampm = m[7]?.toLowerCase().replace(/\./g, '');
  if (h !== null && ampm) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (ampm === 'pm' ? 12 : 0);
  }
  return { y, mo: +m[1]!, d: +m[2]!, h, mi: Number(m[5] ?? 0), s: Number(m[6] ?? 0), offset: null };
}

function partsOf(text: string): Parts | null {
  for (const [pattern, read] of readers) {
    const m = pattern.exec(text);
    if (m) return read(m);
  }
  return null;
}

function plausible(p: Parts): boolean {
  if (p.y < 1990 || p.y > 2100 || p.mo < 1 || p.mo > 12 || p.d < 1) return false;
  if (p.d > new Date(Date.UTC(p.y, p.mo, 0)).getUTCDate()) return false;
  return p.h === null || (p.h <= 23 && p.mi <= 59 && p.s <= 59);
}

export type LegacyDate = { iso: string; dateOnly: boolean };

/**
 * A UTC ISO time, `null` for an empty value, `invalid` for text that isn't a date. Times without a zone are in
 * `zone` (the organisation's); a date without a time is `dateOnlyHour` o'clock that day in `dateOnlyZone`.
 */
export function parseLegacyDate(
  value: unknown,
  zones: { zone: string; dateOnlyZone?: string; dateOnlyHour?: number },
): LegacyDate | null | 'invalid' {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') {
    const ms = value > 1e11 ? value : value * 1000;
    const d = new Date(ms);
    return Number.isFinite(ms) && d.getUTCFullYear() >= 1990
      ? { iso: d.toISOString(), dateOnly: false }
      : 'invalid';
  }
  if (typeof value !== 'string') return 'invalid';
  const text = value.trim();
  if (!text) return null;
  const p = partsOf(text);
  if (!p || !plausible(p)) return 'invalid';
  if (p.offset) {
    const offset = p.offset.toUpperCase() === 'Z' ? 'Z' : p.offset.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    const stamp = `${p.y}-${pad(p.mo)}-${pad(p.d)}T${pad(p.h ?? 0)}:${pad(p.mi)}:${pad(p.s)}${offset}`;
    return { iso: new Date(stamp).toISOString(), dateOnly: false };
  }
  const dateOnly = p.h === null;
  const zone = dateOnly ? (zones.dateOnlyZone ?? zones.zone) : zones.zone;
  const hour = dateOnly ? (zones.dateOnlyHour ?? 9) : p.h!;
  const local = new TZDate(p.y, p.mo - 1, p.d, hour, p.mi, p.s, zone);
  return { iso: new Date(local.getTime()).toISOString(), dateOnly };
}

const pad = (n: number) => String(n).padStart(2, '0');
