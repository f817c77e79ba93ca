import type { z } from 'zod';
import type { velocitySchema } from '../../../shared/deals';
import type { Actor, AppContext } from '../../context';
import { listUsers } from '../users';
import { dealDurations } from './repo';
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
 * Per deal owner: days from the lead's first touch (its first call or sent email, if before the deal; else the
 * deal's creation — deals.first_touch_at) to the deal's creation for deals created in the period, and to its
 * win for deals won in the period; medians, and the number of deals created.
 */
export async function velocityReport(
  ctx: AppContext,
  actor: Actor,
  q: ReportQuery,
): Promise<{ rows: Row[] }> {
  const { range, scope } = resolveReport(ctx, actor, q);
  const users = await listUsers(ctx.db);
  const owners = users.map((u) => u.id);
  const [created, won] = await Promise.all([
    dealDurations(ctx.db, range, scope, 'created', owners),
    dealDurations(ctx.db, range, scope, 'won', owners),
  ]);
  const per = new Map<string, { toDeal: number[]; toWon: number[] }>();
  const add = (list: { ownerId: string; ms: number[] }[], key: 'toDeal' | 'toWon') => {
    for (const d of list) {
      let p = per.get(d.ownerId);
      if (!p) {
        p = { toDeal: [], toWon: [] };
        per.set(d.ownerId, p);
      }
      for (const ms of d.ms) p[key].push(ms / DAY);
    }
  };
  add(created, 'toDeal');
  add(won, 'toWon');
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
