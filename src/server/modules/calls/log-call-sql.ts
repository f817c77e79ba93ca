// The SQL both dialects share for logging a call (decision 020): the lead's conditional UPDATE and its pieces.
import { type ExpressionBuilder, type QueryCreator, sql } from 'kysely';
import { reachSet } from '../../../db/first-times';
import type { DB, Dialect } from '../../../db/types';
import { connectOutcomes } from '../../../shared/calls';
import type { ContactWithNames } from '../contacts';

export const loggedKind = sql.lit('call.logged');
export const open = sql.lit<'open'>('open');

export type LoggedCall = {
  contactId: string;
  repId: string;
  /** 1 when the actor may work anyone's lead (managers, admins); 0: only a lead the rep owns. */
  anyOwner: number;
  /** The version the rep saw, or null to skip the check. */
  version: number | null;
  status: string;
  at: string;
  /** The callback or follow-up time (null for none, and for closed outcomes). */
  followUpAt: string | null;
  callId: string;
  notes: string;
  durationSec: number;
  /** Id and kind of the task made when followUpAt is set. */
  taskId: string;
  taskKind: 'callback' | 'follow_up';
  eventId: string;
  /** The `call.logged` event's data as JSON, split where the completed task ids go (known only inside). */
  dataHead: string;
  dataTail: string;
};

const connects = connectOutcomes.map((o) => sql.lit(o));
export const text = (v: string | null) => sql<string | null>`cast(${v} as text)`;
export const int = (v: number | null) => sql<number | null>`cast(${v} as integer)`;

/** The caller's open tasks on the lead: a call keeps their promises to call. */
const myOpenTasks = (p: LoggedCall) =>
  sql`select 1 from tasks where tasks.contact_id = ${p.contactId} and tasks.owner_id = ${p.repId} and tasks.status = ${open}`;

/**
 * The call's whole change to the lead in one conditional UPDATE (decision 020): live, editable by the actor, nobody
 * else holding the lease, the version the rep saw (when given). Sets the status, attempts, last call and activity
 * (and the owner's touch when the owner calls), releases the lease, and sets next_follow_up_at to what it will be
 * once the caller's open tasks are done and the new one made — left alone when neither happens, as before.
 * Matching nothing says only "not now"; the caller finds out why. Returns the row with its names.
 */
export function applyCall(db: QueryCreator<DB>, p: LoggedCall, dialect: Dialect) {
  const followUp = text(p.followUpAt);
  let q = db
    .updateTable('contacts')
    .set((eb) => ({
      status: p.status,
      call_attempts: eb('call_attempts', '+', 1),
      last_call_at: p.at,
      last_activity_at: p.at,
      owner_touched_at: sql<string>`case when owner_id = ${p.repId} then ${p.at} else owner_touched_at end`,
      expiry_notice_at: sql<null>`case when owner_id = ${p.repId} then null else expiry_notice_at end`,
      lease_user_id: null,
      lease_expires_at: null,
      next_follow_up_at: sql<string | null>`case when ${followUp} is null and not exists (${myOpenTasks(p)})
        then next_follow_up_at
        else (select min(d.due_at) from (select tasks.due_at from tasks where tasks.contact_id = ${p.contactId}
          and tasks.status = ${open} and tasks.owner_id <> ${p.repId} union all select ${followUp}) as d) end`,
      updated_at: p.at,
      updated_by: p.repId,
      version: eb('version', '+', 1),
      // The call's first times (the calls trigger would set them too; decision 026). first_call_at stays the
      // trigger's: in this SET list it would rewrite contacts_first_call on every call (SQLite).
      ...reachSet('contacted', p.at, p.repId),
      ...reachSet('connected', p.at, p.repId, sql`${text(p.status)} in (${sql.join(connects)})`),
      ...reachSet('interested', p.at, p.repId, sql`${text(p.status)} = 'interested'`),
    }))
    .where('contacts.id', '=', p.contactId)
    .where('contacts.deleted_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('contacts.lease_user_id', 'is', null),
        eb('contacts.lease_user_id', '=', p.repId),
        eb('contacts.lease_expires_at', '<', p.at),
      ]),
    )
    .where(sql<boolean>`(${int(p.anyOwner)} = 1 or contacts.owner_id = ${p.repId})`)
    .where(sql<boolean>`(${int(p.version)} is null or contacts.version = ${int(p.version)})`);
  // PostgreSQL: the subqueries above read the statement's snapshot. If another call changed the lead after it
  // was taken (we waited for its row lock), match nothing and try again rather than work from stale tasks.
  if (dialect === 'postgres')
    q = q.where('contacts.version', '=', (eb) =>
      eb.selectFrom('contacts as seen').select('seen.version').where('seen.id', '=', p.contactId),
    );
  return q
    .returningAll()
    .returning((eb) => [companyName(eb), ownerName(eb)])
    .returning(sql<number>`exists (${myOpenTasks(p)})`.as('my_open_tasks'));
}

const companyName = (eb: ExpressionBuilder<DB, 'contacts'>) =>
  eb
    .selectFrom('companies')
    .select('companies.name')
    .whereRef('companies.id', '=', 'contacts.company_id')
    .as('company_name');
const ownerName = (eb: ExpressionBuilder<DB, 'contacts'>) =>
  eb.selectFrom('users').select('users.name').whereRef('users.id', '=', 'contacts.owner_id').as('owner_name');

export type AppliedRow = ContactWithNames & { my_open_tasks: number | boolean };
export const keys = <K extends keyof LoggedCall>(...k: K[]) => k;
