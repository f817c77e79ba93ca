import { type Expression, type ExpressionBuilder, sql } from 'kysely';
import type { DB, Db } from '../../../db/types';
import type { LeadVisibility } from '../../../shared/lead-rules';
import type { Actor } from '../../context';
import { getLeadRules } from './lead-rules';
import { statesOfRep } from './repo';

// The one place that says who sees which contacts. Managers and admins see everything; what a rep sees is the
// organisation's lead visibility setting (src/shared/lead-rules.ts, decision 009).
export function seesEverything(actor: Pick<Actor, 'role'>): boolean {
  return actor.role === 'manager' || actor.role === 'admin';
}

export async function leadVisibility(db: Db): Promise<LeadVisibility> {
  return (await getLeadRules({ db })).visibility;
}

/** Which half of the territory rule: a rep's own leads, or the pool of their states (the two never overlap). */
export type VisibilityHalf = 'own' | 'pool';
type RuleColumn = 'owner_id' | 'state';

/** True when the rule is "own leads OR the pool of my states": counted as two indexed halves (see list-repo). */
export function hasTwoHalves(actor: Actor, mode: LeadVisibility): boolean {
  return !seesEverything(actor) && mode === 'territory';
}

/**
 * The visibility rule as SQL, for lists, counts and exports. `repStates` are the rep's territory states (as
 * literals: SQLite plans an IN list of values, not of a subquery); `col` lets a list keep these columns from
 * choosing the index; `half` keeps one half of the territory rule.
 */
export function visibleContacts(
  actor: Actor,
  mode: LeadVisibility,
  repStates: readonly string[],
  opts: { col?: (c: RuleColumn) => Expression<string | null>; half?: VisibilityHalf } = {},
) {
  const col = opts.col ?? ((c: RuleColumn) => sql.ref<string | null>(`contacts.${c}`));
  return (eb: ExpressionBuilder<DB, 'contacts'>) => {
    if (seesEverything(actor) || mode === 'everything') return eb.lit(true);
    const own = eb(col('owner_id'), '=', actor.id);
    if (mode === 'own' || opts.half === 'own') return own;
    const pool = repStates.length
      ? eb.and([eb(col('owner_id'), 'is', null), eb(col('state'), 'in', [...repStates])])
      : eb.lit(false);
    return opts.half === 'pool' ? pool : eb.or([own, pool]);
  };
}

/** The two columns of a contact the rule reads. */
export type ContactAccessFields = { owner_id: string | null; state: string | null };

export type ContactPredicate = (c: ContactAccessFields) => boolean;

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
export function canEditContact(actor: Actor, c: Pick<ContactAccessFields, 'owner_id'>): boolean {
  return seesEverything(actor) || c.owner_id === actor.id;
}
