import { sql } from 'kysely';
import type { Db } from '../../../db/types';

// "Worked" = called at least once: the status moves off not_called with the first call outcome.
// (Emails join this when the email issue lands; docs/metrics.md will define it exactly.)
const worked = sql<number>`sum(case when status <> 'not_called' then 1 else 0 end)`;
const converted = sql<number>`sum(case when status = 'interested' then 1 else 0 end)`;

export function metricsByState(db: Db) {
  return metricsByStateQuery(db).execute();
}

/** One scan of `contacts_territory_metrics`, which covers it (migration 0028). */
export function metricsByStateQuery(db: Db) {
  return db
    .selectFrom('contacts')
    .select([
      'state',
      sql<number>`count(*)`.as('total'),
      sql<number>`sum(case when owner_id is null then 1 else 0 end)`.as('unassigned'),
      worked.as('worked'),
      converted.as('converted'),
    ])
    .where('deleted_at', 'is', null)
    .groupBy('state');
}

export function metricsByOwner(db: Db) {
  return db
    .selectFrom('contacts')
    .select(['owner_id', sql<number>`count(*)`.as('total'), worked.as('worked'), converted.as('converted')])
    .where('deleted_at', 'is', null)
    .where('owner_id', 'is not', null)
    .groupBy('owner_id')
    .execute();
}
