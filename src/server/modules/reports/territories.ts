import type { z } from 'zod';
import type { territoryReportSchema } from '../../../shared/deals';
import type { Actor, AppContext } from '../../context';
import { listUsers } from '../users';
import { rolledCoverage } from './coverage';
import { openPipelineAt } from './pipeline';
import { callTotals } from './rollups';
import { type ReportQuery, ratio, resolveReport } from './scope';

type Row = z.infer<typeof territoryReportSchema>['rows'][number];
type Acc = { leads: number; worked: number; connects: number; interested: number; pipelineCents: number };

/**
 * By lead state and by rep (key = the state code, or the rep's name): leads and worked leads as of the period's
 * end (coverage = worked ÷ leads), conversion = interested ÷ connects of the period's calls, open pipeline.
 */
export async function territoryReport(
  ctx: AppContext,
  actor: Actor,
  q: ReportQuery,
): Promise<{ rows: Row[] }> {
  const r = resolveReport(ctx, actor, q);
  const [byState, byOwner, stateCalls, repCalls, open, users] = await Promise.all([
    rolledCoverage(ctx.db, r.asOf, r.scope, 'state'),
    rolledCoverage(ctx.db, r.asOf, r.scope, 'owner_id'),
    callTotals(ctx.db, r.range, r.scope, 'state'),
    callTotals(ctx.db, r.range, r.scope, 'rep_id'),
    openPipelineAt(ctx.db, r.asOf, r.scope, 'owner_state'),
    listUsers(ctx.db),
  ]);
  const states = new Map<string, Acc>();
  const reps = new Map<string, Acc>();
  const acc = (m: Map<string, Acc>, k: string) => {
    let a = m.get(k);
    if (!a) {
      a = { leads: 0, worked: 0, connects: 0, interested: 0, pipelineCents: 0 };
      m.set(k, a);
    }
    return a;
  };
  for (const s of byState)
    if (s.key) Object.assign(acc(states, s.key), { leads: Number(s.leads), worked: Number(s.worked) });
  for (const o of byOwner)
    if (o.key) Object.assign(acc(reps, o.key), { leads: Number(o.leads), worked: Number(o.worked) });
  const fold = (m: Map<string, Acc>, c: { key: string; connects: number; interested: number }) => {
    const a = acc(m, c.key);
    a.connects += c.connects;
    a.interested += c.interested;
  };
  for (const c of stateCalls) if (c.key) fold(states, c);
  for (const c of repCalls) fold(reps, c);
  for (const d of open) {
    const [owner = '', state = ''] = (d.key ?? '').split('|');
    if (state) acc(states, state).pipelineCents += d.cents;
    acc(reps, owner).pipelineCents += d.cents;
  }
  const row = (kind: 'state' | 'rep', key: string, a: Acc): Row => ({
    key,
    kind,
    leads: a.leads,
    worked: a.worked,
    coverage: ratio(a.worked, a.leads),
    conversion: ratio(a.interested, a.connects),
    pipelineCents: a.pipelineCents,
  });
  const name = (id: string) => users.find((u) => u.id === id)?.name ?? id;
  return {
    rows: [
      ...[...states].sort(([a], [b]) => a.localeCompare(b)).map(([k, a]) => row('state', k, a)),
      ...[...reps].map(([id, a]) => row('rep', name(id), a)).sort((a, b) => a.key.localeCompare(b.key)),
    ],
  };
}
