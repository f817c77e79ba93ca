import type { z } from 'zod';
import type { DealStage, forecastSchema } from '../../../shared/deals';
import type { Actor, AppContext } from '../../context';
import { orgDate } from '../../org-time';
import { getStageProbabilities } from '../deals';
import { closedByAgeBucket, openByMonth } from './repo';
import { type ReportQuery, resolveReport } from './scope';

/** Age buckets (days since the deal was created) for the historical win rate. */
export const AGE_BUCKETS = [0, 30, 90] as const;
export const ageBucket = (days: number) => (days >= 90 ? 2 : days >= 30 ? 1 : 0);

export const nextMonths = (today: string, n = 3) => {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 + i, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  });
};

/**
 * Open deals by expected close month, this month and the next two (org zone; an expected date already past
 * counts in this month): value weighted by stage probability, open value, and history's prediction — open value
 * × the win rate (won ÷ closed) of closed deals of the same age bucket at close (all time; overall rate if the
 * bucket has none). The period filters don't apply: a forecast starts today.
 */
export async function forecastReport(
  ctx: AppContext,
  actor: Actor,
  q: ReportQuery,
): Promise<z.infer<typeof forecastSchema>> {
  const { scope, now } = resolveReport(ctx, actor, q);
  const months = nextMonths(orgDate(new Date(now)), 4);
  const until = `${months[3]}-01`;
  const [closedRows, openRows, p] = await Promise.all([
    closedByAgeBucket(ctx.db, scope),
    openByMonth(ctx.db, now, until, scope),
    getStageProbabilities(ctx),
  ]);
  const won = [0, 0, 0];
  const closed = [0, 0, 0];
  for (const r of closedRows) {
    closed[Number(r.close_bucket)] = Number(r.closed);
    won[Number(r.close_bucket)] = Number(r.won);
  }
  const allClosed = closed.reduce((a, b) => a + b, 0);
  const overall = allClosed ? won.reduce((a, b) => a + b, 0) / allClosed : 0;
  const rate = (b: number) => ((closed[b] ?? 0) > 0 ? (won[b] ?? 0) / (closed[b] ?? 1) : overall);
  months.pop();
  // Open value per age bucket, × the bucket's rate once at the end: the float sum is the same in any row order.
  const acc = new Map(months.map((m) => [m, { weighted: 0, open: 0, byAge: [0, 0, 0] }]));
  for (const r of openRows) {
    // An expected date already past counts in this month.
    const a = acc.get(r.month < (months[0] as string) ? (months[0] as string) : r.month);
    if (!a) continue;
    const v = Number(r.cents);
    const b = Number(r.bucket);
    a.open += v;
    a.weighted += v * (p[r.stage as DealStage] ?? 0);
    a.byAge[b] = (a.byAge[b] ?? 0) + v;
  }
  return {
    months: months.map((m) => {
      const a = acc.get(m) ?? { weighted: 0, open: 0, byAge: [0, 0, 0] };
      return {
        month: m,
        weightedCents: Math.round(a.weighted / 100),
        openCents: a.open,
        historicalCents: Math.round(a.byAge.reduce((sum, v, b) => sum + v * rate(b), 0)),
      };
    }),
  };
}
