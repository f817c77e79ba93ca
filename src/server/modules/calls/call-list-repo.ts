import { sql } from 'kysely';
import type { Db } from '../../../db/types';
import { closedStatuses } from '../access';

/** The rep's live leads the call list may offer (never Do Not Call, Not Interested, Wrong Number). */
export function workableLeadsOf(db: Db, repId: string) {
  return db
    .selectFrom('contacts')
    .leftJoin('companies', 'companies.id', 'contacts.company_id')
    .leftJoin('users as lessee', 'lessee.id', 'contacts.lease_user_id')
    .select([
      'contacts.id',
      'contacts.full_name',
      'contacts.title',
      'contacts.phone',
      'contacts.phone_e164',
      'contacts.email',
      'contacts.company_id',
      'contacts.state',
      'contacts.zip',
      'contacts.time_zone',
      'contacts.status',
      'contacts.call_attempts',
      'contacts.last_call_at',
      'contacts.created_at',
      'contacts.lease_user_id',
      'contacts.lease_expires_at',
      'companies.name as company_name',
      'lessee.name as lease_user_name',
    ])
    .where('contacts.owner_id', '=', repId)
    .where('contacts.deleted_at', 'is', null)
    .where('contacts.status', 'not in', closedStatuses)
    .execute();
}

export type WorkableLead = Awaited<ReturnType<typeof workableLeadsOf>>[number];

/** Calls, connects and interested of a rep (or everyone) since `from`, per UTC hour and outcome. */
export function callCountsByHour(db: Db, from: string, to: string, repId?: string) {
  const hour = sql<string>`substr(${sql.ref('called_at')}, 1, 13)`;
  let q = db
    .selectFrom('calls')
    .select([
      hour.as('hour'),
      'outcome',
      (eb) => eb.fn.countAll<number | string>().as('n'),
      (eb) => eb.fn.sum<number | string | null>('duration_sec').as('secs'),
    ])
    .where('called_at', '>=', from)
    .where('called_at', '<', to);
  if (repId) q = q.where('rep_id', '=', repId);
  return q.groupBy([hour, 'outcome']).execute();
}

export async function dailyCallTargets(db: Db, repId?: string): Promise<(number | null)[]> {
  let q = db.selectFrom('users').select('daily_call_target').where('deactivated_at', 'is', null);
  q = repId ? q.where('id', '=', repId) : q.where('role', '=', 'rep');
  return (await q.execute()).map((r) => r.daily_call_target ?? null);
}
