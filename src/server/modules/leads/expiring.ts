import type { ExpiringLead } from '../../../shared/expiring-leads';
import type { Actor, AppContext } from '../../context';
import { getLeadRules } from '../access';
import * as repo from './repo';

const DAY_MS = 86_400_000;
const LIMIT = 100;

/**
 * The caller's own leads that are about to go back to the pool: the expiry job has sent the notice and nobody
 * has touched them since (a touch clears the notice). Soonest first. Anyone may ask; only owners get rows.
 */
export async function listExpiringLeads(ctx: AppContext, actor: Actor): Promise<ExpiringLead[]> {
  const [rules, rows] = await Promise.all([
    getLeadRules(ctx),
    repo.findNoticedLeadsOf(ctx.db, actor.id, LIMIT),
  ]);
  return rows.map((r) => ({
    id: r.id,
    name: r.full_name,
    company: r.company_name ?? null,
    expiresAt: new Date(new Date(r.owner_touched_at!).getTime() + rules.expiryDays * DAY_MS).toISOString(),
  }));
}
