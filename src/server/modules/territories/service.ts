import { stateCodes } from '../../../shared/us-states';
import { isoNow } from '../../clock';
import type { Actor, AppContext } from '../../context';
import { AppError, notFound } from '../../errors';
import { seesEverything, statesOfRep } from '../access';
import { insertAudit } from '../audit';
import { findUserById } from '../users';
import * as repo from './repo';

export type Territory = { repId: string; states: string[] };

export async function listTerritories(ctx: AppContext, actor: Actor): Promise<Territory[]> {
  const rows = await repo.listRepStates(ctx.db);
  const byRep = new Map<string, string[]>();
  for (const r of rows) byRep.set(r.user_id, [...(byRep.get(r.user_id) ?? []), r.state]);
  const all = [...byRep].map(([repId, states]) => ({ repId, states }));
  // Reps see their own territory; managers see everyone's.
  return seesEverything(actor) ? all : all.filter((t) => t.repId === actor.id);
}

/** Replaces a rep's states (managers); audited, effective at once. */
export async function setTerritory(
  ctx: AppContext,
  actor: Actor,
  repId: string,
  states: string[],
): Promise<Territory> {
  if (!seesEverything(actor)) throw new AppError(403, 'forbidden', 'Only managers assign territories.');
  const rep = await findUserById(ctx.db, repId);
  if (!rep) throw notFound('Rep');
  if (rep.role !== 'rep') throw new AppError(422, 'not_a_rep', `${rep.name} is not a sales rep.`);
  const unknown = states.filter((s) => !stateCodes.includes(s as (typeof stateCodes)[number]));
  if (unknown.length) {
    throw new AppError(400, 'validation_failed', `Not US state codes: ${unknown.join(', ')}.`, [
      { path: 'states', message: `Not US state codes: ${unknown.join(', ')}.` },
    ]);
  }
  const next = [...new Set(states)].sort();
  const at = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await statesOfRep(trx, repId);
    await repo.replaceRepStates(trx, repId, next, at, actor.id);
    await insertAudit(trx, {
      actorId: actor.id,
      action: 'territory.updated',
      objectType: 'user',
      objectId: repId,
      ip: actor.ip,
      details: { from: before, to: next },
      at,
    });
  });
  return { repId, states: next };
}
