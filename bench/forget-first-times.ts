// Bench resets: the funnel's first times the bench reps' writes made, forgotten, so that every run claims and
// calls leads reached for the first time (as most real claims and first calls are), not leads whose first
// times a previous run left behind (then the triggers find them and write nothing). Either schema: before
// decision 026 the first times are rows of lead_milestones, after it columns of the lead's contacts row. Run it
// while the leads are still the bench reps' (the owner index finds them). The funnel roll-up follows (triggers).
import { sql } from 'kysely';
import type { Db } from '../src/db/types';

export async function forgetFirstTimes(db: Db, repIds: string[], steps: string[]): Promise<void> {
  if (repIds.length === 0) return;
  const reps = sql.join(repIds);
  const old = await sql`select 1 from lead_milestones limit 1`.execute(db).then(
    () => true,
    () => false,
  );
  if (old) {
    await sql`delete from lead_milestones where step in (${sql.join(steps)}) and rep_id in (${reps})
      and contact_id in (select id from contacts where owner_id in (${reps}))`.execute(db);
    return;
  }
  for (const s of steps)
    await sql`update contacts set ${sql.ref(`first_${s}_at`)} = null, ${sql.ref(`first_${s}_by`)} = null
      where owner_id in (${reps}) and ${sql.ref(`first_${s}_by`)} in (${reps})`.execute(db);
}
