import type { Actor, AppContext } from '../../context';
import { forbidden } from '../../errors';
import { seesEverything } from '../access';
import { listUsers } from '../users';
import { metricsByOwner, metricsByState } from './metrics-repo';
import { listRepStates } from './repo';

type Counts = {
  total: number;
  unassigned: number;
  claimed: number;
  worked: number;
  coverage: number;
  conversion: number;
};
export type StateMetrics = Counts & { state: string | null };
export type RepMetrics = Omit<Counts, 'unassigned' | 'claimed'> & {
  repId: string;
  name: string;
  states: string[];
  open: number;
};

const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 1000) / 1000);

/** Per state and per rep: total, unassigned, claimed, worked, coverage (worked / total), conversion (interested / worked). */
export async function territoryMetrics(
  ctx: AppContext,
  actor: Actor,
): Promise<{ states: StateMetrics[]; reps: RepMetrics[] }> {
  if (!seesEverything(actor)) throw forbidden('Territory metrics are for managers.');
  const [byState, byOwner, users, territories] = await Promise.all([
    metricsByState(ctx.db),
    metricsByOwner(ctx.db),
    listUsers(ctx.db),
    listRepStates(ctx.db),
  ]);
  const states = byState
    .map((r) => {
      const [total, unassigned, worked, converted] = [r.total, r.unassigned, r.worked, r.converted].map(
        Number,
      ) as [number, number, number, number];
      return {
        state: r.state,
        total,
        unassigned,
        claimed: total - unassigned,
        worked,
        coverage: ratio(worked, total),
        conversion: ratio(converted, worked),
      };
    })
    .sort((a, b) => b.total - a.total);
  const owned = new Map(byOwner.map((r) => [r.owner_id!, r]));
  const reps = users
    .filter((u) => u.role === 'rep' && !u.deactivated_at)
    .map((u) => {
      const r = owned.get(u.id);
      const [total, worked, converted] = [r?.total ?? 0, r?.worked ?? 0, r?.converted ?? 0].map(Number) as [
        number,
        number,
        number,
      ];
      return {
        repId: u.id,
        name: u.name,
        states: territories.filter((t) => t.user_id === u.id).map((t) => t.state),
        total,
        open: total - worked,
        worked,
        coverage: ratio(worked, total),
        conversion: ratio(converted, worked),
      };
    });
  return { states, reps };
}
