import type { Contact } from '../../../shared/contacts';
import type { Actor, AppContext } from '../../context';
import { forbidden } from '../../errors';
import { seesEverything } from '../access';
import { findContactsByIds, loadVisibleContact, presentContact } from '../contacts';
import { listConflictPairs, listConflictsOf } from './conflicts-repo';

export type Conflict = { matchedOn: 'phone' | 'email'; value: string; contacts: [Contact, Contact] };
export type ConflictFlag = {
  id: string;
  name: string;
  company: string | null;
  owner: { id: string; name: string };
  matchedOn: ('phone' | 'email')[];
};

/** Managers' Conflicts list: the same person owned by two reps. */
export async function listConflicts(ctx: AppContext, actor: Actor, limit = 200): Promise<Conflict[]> {
  if (!seesEverything(actor)) throw forbidden('The conflicts list is for managers.');
  const pairs = await listConflictPairs(ctx.db, limit);
  const rows = await findContactsByIds(ctx.db, [...new Set(pairs.flatMap((p) => [p.aId, p.bId]))]);
  const byId = new Map(rows.map((r) => [r.id, presentContact(r)]));
  return pairs.flatMap((p) => {
    const a = byId.get(p.aId);
    const b = byId.get(p.bId);
    return a && b ? [{ matchedOn: p.matchedOn, value: p.value, contacts: [a, b] as [Contact, Contact] }] : [];
  });
}

/**
 * The flag on a contact card: other reps' contacts with the same phone or email. Anyone who may see the card
 * sees the flag (name, company and owner only), so a rep knows before dialling.
 */
export async function conflictsOfContact(ctx: AppContext, actor: Actor, id: string): Promise<ConflictFlag[]> {
  const c = await loadVisibleContact(ctx, actor, id);
  const rows = await listConflictsOf(ctx.db, c);
  return rows.map((r) => ({
    id: r.id,
    name: r.full_name,
    company: r.company_name,
    owner: { id: r.owner_id!, name: r.owner_name ?? '' },
    matchedOn: [
      ...(c.phone_e164 && r.phone_e164 === c.phone_e164 ? (['phone'] as const) : []),
      ...(c.email && r.email === c.email ? (['email'] as const) : []),
    ],
  }));
}
