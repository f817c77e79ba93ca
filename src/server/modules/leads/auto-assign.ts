import { isoNow } from '../../clock';
import type { Actor, AppContext } from '../../context';
import { AppError, forbidden } from '../../errors';
import { getLeadRules, seesEverything } from '../access';
import { insertAudit } from '../audit';
import { repsOfStates } from '../territories';
import { insertTimelineEvents } from '../timeline';
import { findUserById } from '../users';
import { assignIfOwnerIs, countOpenLeadsOf, findPoolLeads } from './repo';

const MAX_AUTO = 20_000;

export type AutoAssignPlan = {
  total: number;
  unassignable: number;
  reps: { repId: string; name: string; spareBefore: number; count: number }[];
  assigned?: number;
  changedMeanwhile?: number;
};

/**
 * Spreads the unassigned leads of the chosen states over the active reps who work each state, in proportion
 * to each rep's spare capacity (open-lead limit minus open leads). `dryRun` returns the plan; otherwise it is
 * carried out, each assignment conditional on the lead still being in the pool.
 */
export async function autoAssign(
  ctx: AppContext,
  actor: Actor,
  states: string[],
  dryRun: boolean,
): Promise<AutoAssignPlan> {
  if (!seesEverything(actor)) throw forbidden('Only managers auto-assign leads.');
  if (states.length === 0)
    throw new AppError(400, 'validation_failed', 'Choose at least one state.', [
      { path: 'states', message: 'Choose at least one state.' },
    ]);
  const rules = await getLeadRules(ctx);
  const coverage = await repsOfStates(ctx.db, states);
  const repIds = [...new Set(coverage.map((c) => c.user_id))];
  const open = await countOpenLeadsOf(ctx.db, repIds);
  const spareBefore = new Map<string, number>();
  const names = new Map<string, string>();
  for (const id of repIds) {
    const u = await findUserById(ctx.db, id);
    spareBefore.set(id, Math.max(0, (u?.open_lead_limit ?? rules.openLimit) - (open.get(id) ?? 0)));
    names.set(id, u?.name ?? '');
  }
  const repsByState = new Map<string, string[]>();
  for (const c of coverage) repsByState.set(c.state, [...(repsByState.get(c.state) ?? []), c.user_id]);

  const leads = await findPoolLeads(ctx.db, states, MAX_AUTO);
  const plan: { id: string; companyId: string | null; repId: string }[] = [];
  // Weighted round-robin: the next lead goes to the eligible rep furthest below their share
  // (given / spare capacity), so capacity sets the proportions and nobody is filled past their limit.
  const given = new Map(repIds.map((id) => [id, 0]));
  for (const lead of leads) {
    const eligible = (repsByState.get(lead.state!) ?? []).filter((r) => given.get(r)! < spareBefore.get(r)!);
    if (eligible.length === 0) continue;
    const share = (r: string) => given.get(r)! / spareBefore.get(r)!;
    const repId = eligible.reduce((best, r) =>
      share(r) < share(best) || (share(r) === share(best) && spareBefore.get(r)! > spareBefore.get(best)!)
        ? r
        : best,
    );
    given.set(repId, given.get(repId)! + 1);
    plan.push({ id: lead.id, companyId: lead.company_id, repId });
  }
  const result: AutoAssignPlan = {
    total: leads.length,
    unassignable: leads.length - plan.length,
    reps: repIds.map((id) => ({
      repId: id,
      name: names.get(id)!,
      spareBefore: spareBefore.get(id)!,
      count: given.get(id)!,
    })),
  };
  if (dryRun) return result;

  const at = isoNow(ctx.clock);
  let assigned = 0;
  for (let i = 0; i < plan.length; i += 500) {
    await ctx.db.transaction().execute(async (trx) => {
      for (const p of plan.slice(i, i + 500)) {
        if (!(await assignIfOwnerIs(trx, p.id, null, p.repId, actor.id, at))) continue;
        await insertTimelineEvents(trx, [
          {
            kind: 'contact.assigned',
            contactId: p.id,
            companyId: p.companyId,
            actorId: actor.id,
            data: { fromId: null, toId: p.repId, toName: names.get(p.repId), via: 'auto_assign' },
            at,
          },
        ]);
        assigned++;
      }
    });
  }
  await insertAudit(ctx.db, {
    actorId: actor.id,
    action: 'leads.auto_assigned',
    objectType: 'user',
    objectId: null,
    ip: actor.ip,
    details: { states, assigned },
    at,
  });
  return { ...result, assigned, changedMeanwhile: plan.length - assigned };
}
