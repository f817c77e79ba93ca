import type { z } from 'zod';
import type { velocitySchema } from '../../../shared/deals';
import type { Actor, AppContext } from '../../context';
import { listUsers } from '../users/repo';
import { dealMilestones, firstTouches } from './funnel-repo';
import { type ReportQuery, resolveReport } from './scope';

type Row = z.infer<typeof velocitySchema>['rows'][number];
const DAY = 86_400_000;

export function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  const v = s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
  return Math.round(v * 100) / 100;
}

/**
 * Per deal owner, from the timeline: days from the lead's first touch (its first call or sent email, if before
 * the deal; else the deal's creation) to `deal.created` for deals created in the period, and to the
 * `deal.stage_changed` → won for deals won in the period; medians, and the number of deals created.
 */
export async function velocityReport(
  ctx: AppContext,
  actor: Actor,
  q: ReportQuery,
): Promise<{ rows: Row[] }> {
  const { range, scope } = resolveReport(ctx, actor, q);
  const events = await dealMilestones(ctx.db, range, scope);
  const touches = await firstTouches(ctx.db, [
    ...new Set(events.map((e) => e.contact_id).filter((c) => c !== null)),
  ]);
  const per = new Map<string, { toDeal: number[]; toWon: number[] }>();
  for (const e of events) {
    const won = e.kind !== 'deal.created' && (JSON.parse(e.data ?? '{}') as { to?: string }).to === 'won';
    if (e.kind !== 'deal.created' && !won) continue; // other stage moves are not milestones: no row of their own
    const start = Date.parse(
      e.contact_id && (touches.get(e.contact_id) ?? '9') <= e.created_at
        ? (touches.get(e.contact_id) as string)
        : e.created_at,
    );
    let p = per.get(e.owner_id);
    if (!p) {
      p = { toDeal: [], toWon: [] };
      per.set(e.owner_id, p);
    }
    (won ? p.toWon : p.toDeal).push((Date.parse(e.occurred_at) - start) / DAY);
  }
  const users = await listUsers(ctx.db);
  return {
    rows: [...per]
      .map(([id, p]) => ({
        repId: id,
        name: users.find((u) => u.id === id)?.name ?? '',
        medianDaysToDeal: median(p.toDeal),
        medianDaysToWon: median(p.toWon),
        deals: p.toDeal.length,
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
