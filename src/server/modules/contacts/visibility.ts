import type { ExpressionBuilder } from 'kysely';
import type { DB, Db } from '../../../db/types';
import type { Actor } from '../../context';
import { statesOfRep } from '../territories/repo';
import type { ContactRow } from './repo';

// The one place that says who sees which contacts (visibility "territory", the default):
// reps see their own leads and the unassigned pool of the states in their territory; managers and admins
// see everything.
export function seesEverything(actor: Pick<Actor, 'role'>): boolean {
  return actor.role === 'manager' || actor.role === 'admin';
}

/** The visibility rule as SQL, for lists, counts and exports. */
export function visibleContacts(actor: Actor) {
  return (eb: ExpressionBuilder<DB, 'contacts'>) =>
    seesEverything(actor)
      ? eb.lit(true)
      : eb.or([
          eb('contacts.owner_id', '=', actor.id),
          eb.and([
            eb('contacts.owner_id', 'is', null),
            eb(
              'contacts.state',
              'in',
              eb.selectFrom('rep_territories').select('state').where('user_id', '=', actor.id),
            ),
          ]),
        ]);
}

export type ContactPredicate = (c: Pick<ContactRow, 'owner_id' | 'state'>) => boolean;

/** The same rule in memory, loading the rep's states once for a batch of rows. */
export async function contactVisibility(db: Db, actor: Actor): Promise<ContactPredicate> {
  if (seesEverything(actor)) return () => true;
  const states = new Set(await statesOfRep(db, actor.id));
  return (c) => c.owner_id === actor.id || (c.owner_id === null && c.state !== null && states.has(c.state));
}

/** Reps edit only their own leads; a pool lead is claimed first. */
export function canEditContact(actor: Actor, c: Pick<ContactRow, 'owner_id'>): boolean {
  return seesEverything(actor) || c.owner_id === actor.id;
}
