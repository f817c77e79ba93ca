import type { z } from 'zod';
import type { leaderboardSchema } from '../../../shared/deals';
import type { Actor, AppContext } from '../../context';
import { listUsers } from '../users';
import { dealsWonByOwner } from './repo';
import { callTotals, emailTotals } from './rollups';
import { type ReportQuery, resolveReport } from './scope';

type Row = z.infer<typeof leaderboardSchema>['rows'][number];

/** Per rep over the period: calls, connects, interested, emails sent, deals won and their value. */
export async function leaderboardReport(
  ctx: AppContext,
  actor: Actor,
  q: ReportQuery,
): Promise<{ rows: Row[] }> {
  const r = resolveReport(ctx, actor, q);
  const [calls, emails, won, users] = await Promise.all([
    callTotals(ctx.db, r.range, r.scope, 'rep_id'),
    emailTotals(ctx.db, r.range, r.scope),
    dealsWonByOwner(ctx.db, r.range, r.scope),
    listUsers(ctx.db),
  ]);
  const rows = new Map<string, Row>();
  const row = (id: string) => {
    let x = rows.get(id);
    if (!x) {
      x = {
        repId: id,
        name: users.find((u) => u.id === id)?.name ?? '',
        calls: 0,
        connects: 0,
        interested: 0,
        emails: 0,
        dealsWon: 0,
        wonCents: 0,
      };
      rows.set(id, x);
    }
    return x;
  };
  // Every active rep in scope has a row, zeros included; anyone else with numbers too.
  for (const u of users)
    if (u.role === 'rep' && !u.deactivated_at && (!r.scope.repId || u.id === r.scope.repId)) row(u.id);
  for (const c of calls)
    Object.assign(row(c.key), { calls: c.calls, connects: c.connects, interested: c.interested });
  for (const e of emails) if (e.senderId) row(e.senderId).emails += e.sent;
  for (const w of won) {
    const x = row(w.owner_id);
    x.dealsWon += Number(w.n);
    x.wonCents += Number(w.cents);
  }
  return {
    rows: [...rows.values()].sort(
      (a, b) => b.wonCents - a.wonCents || b.calls - a.calls || a.name.localeCompare(b.name),
    ),
  };
}
