import type { Deal, DealStage } from '../../../shared/deals';

const dollars = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});
const compact = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  minimumFractionDigits: 0, // "$34K", not "$34.0K" (Node's ICU pads otherwise; the tests format with it)
  maximumFractionDigits: 1,
});

/** "$48,500" — deal values are whole dollars on screen (cents in the API). */
export function formatMoney(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return '—';
  return dollars.format(cents / 100);
}

/** "$1.2M", "$48.5K" for column totals and KPI cards. */
export function formatMoneyShort(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return '—';
  return Math.abs(cents) < 1_000_000 ? dollars.format(cents / 100) : compact.format(cents / 100);
}

export const stageColors: Record<DealStage, string> = {
  qualified: 'blue',
  quote_sent: 'violet',
  negotiation: 'orange',
  won: 'teal',
  lost: 'gray',
};

/** "Excavator · 82,000 lb · 32 × 11 × 10.5 ft" — the move in one line, or null when nothing is known. */
export function moveSummary(move: Deal['move']): string | null {
  const parts: string[] = [];
  if (move.equipmentType) parts.push(move.equipmentType);
  if (move.weightLb) parts.push(`${move.weightLb.toLocaleString('en-US')} lb`);
  const dims = [move.lengthFt, move.widthFt, move.heightFt];
  if (dims.some((d) => d !== null)) parts.push(`${dims.map((d) => d ?? '?').join(' × ')} ft`);
  return parts.length ? parts.join(' · ') : null;
}

function placeLabel(place: { city: string | null; state: string | null }): string | null {
  const text = [place.city, place.state].filter(Boolean).join(', ');
  return text || null;
}

/** "Houston, TX → Tulsa, OK", or null when neither end is known. */
export function routeSummary(move: Deal['move']): string | null {
  const from = placeLabel(move.origin);
  const to = placeLabel(move.destination);
  if (!from && !to) return null;
  return `${from ?? '?'} → ${to ?? '?'}`;
}

/** An ISO date "2026-12-04" shown as "Dec 4, 2026" (no time zone shift: it is a calendar date). */
export function formatCalendarDate(date: string | null): string {
  if (!date) return '—';
  const [y, m, d] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

export function isOverdue(deal: Deal, today = new Date().toISOString().slice(0, 10)): boolean {
  return Boolean(deal.expectedCloseDate && deal.expectedCloseDate < today && !deal.closedAt);
}
