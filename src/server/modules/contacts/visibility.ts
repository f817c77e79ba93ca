import type { ExpressionBuilder } from 'kysely';
import type { DB, Db } from '../../../db/types';
import type { LeadVisibility } from '../../../shared/lead-rules';
import type { Actor } from '../../context';
import { getLeadRules } from '../leads/rules';
import { statesOfRep } from '../territories/repo';
import type { ContactRow } from './repo';

// The one place that says who sees which contacts. Managers and admins see everything; what a rep sees is the
// organisation's lead visibility setting (src/shared/lead-rules.ts, decision 009).
export function seesEverything(actor: Pick<Actor, 'role'>): boolean {
  return actor.role === 'manager' || actor.role === 'admin';
}

export async function leadVisibility(db: Db): Promise<LeadVisibility> {
  return (await getLeadRules({ db })).visibility;
}

/** The visibility rule as SQL, for lists, counts and exports. */
export function visibleContacts(actor: Actor, mode: LeadVisibility) {
  return (eb: ExpressionBuilder<DB, 'contacts'>) => {
    if (seesEverything(actor) || mode === 'everything') return eb.lit(true);
    const own = eb('contacts.owner_id', '=', actor.id);
    if (mode === 'own') return own;
    return eb.or([
      own,
      eb.and([
        eb('contacts.owner_id', 'is', null),
        eb(
          'contacts.state',
          'in',
          eb.selectFrom('rep_territories').select('state').where('user_id', '=', actor.id),
        ),
      ]),
    ]);
  };
}

export type ContactPredicate = (c: Pick<ContactRow, 'owner_id' | 'state'>) => boolean;

/** The same rule in memory, loading the setting and the rep's states once for a batch of rows. */
export async function contactVisibility(db: Db, actor: Actor): Promise<ContactPredicate> {
  if (seesEverything(actor)) return () => true;
  const mode = await leadVisibility(db);
  if (mode === 'everything') return () => true;
  if (mode === 'own') return (c) => c.owner_id === actor.id;
  const states = new Set(await statesOfRep(db, actor.id));
  return (c) => c.owner_id === actor.id || (c.owner_id === null && c.state !== null && states.has(c.state));
}

/** Reps edit only their own leads; a pool lead is claimed first. */
export function canEditContact(actor: Actor, c: Pick<ContactRow, 'owner_id'>): boolean {
  return seesEverything(actor) || c.owner_id === actor.id;
}
