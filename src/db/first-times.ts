import { type RawBuilder, sql } from 'kysely';

// A lead's first time at each funnel step lives on its contacts row (decision 026), kept by triggers on claim
// events, calls, emails and deals. The claim's and the call's own UPDATE of the lead also set them, so that the
// trigger then finds nothing to move: on PostgreSQL the trigger's UPDATE is a second version of the whole row
// (rarely HOT: the contacts pages are full), on SQLite a second rewrite of it. The trigger stays the rule for
// every other writer; the property tests compare the funnel with a recount either way.

type Step = 'claimed' | 'contacted' | 'connected' | 'interested';

/** SET entries that move the step's first time back to `at` (by `by`) when `when` holds and it is earlier. */
export function reachSet(step: Step, at: string, by: string, when: RawBuilder<unknown> = sql`1 = 1`) {
  const atCol = sql.ref(`first_${step}_at`);
  const byCol = sql.ref(`first_${step}_by`);
  const earlier = sql`(${when}) and (${atCol} is null or ${atCol} > cast(${at} as text))`;
  return {
    [`first_${step}_at`]: sql<string>`case when ${earlier} then cast(${at} as text) else ${atCol} end`,
    [`first_${step}_by`]: sql<string>`case when ${earlier} then cast(${by} as text) else ${byCol} end`,
  } as Record<`first_${Step}_${'at' | 'by'}`, RawBuilder<string>>;
}
