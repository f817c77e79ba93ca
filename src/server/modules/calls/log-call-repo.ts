// Logging a call's fast path (decision 020): the lead's conditional UPDATE, then the caller's open tasks on it
// done, the call, a task for a callback or follow-up, and the `call.logged` event — one write (db/lead-write.ts).
import { type ExpressionBuilder, type QueryCreator, type RawBuilder, sql } from 'kysely';
import { dialects } from '../../../db/dialect';
import { reachSet } from '../../../db/first-times';
import { int, leadWrite, text } from '../../../db/lead-write';
import { callRow, openTaskRow, timelineEventRow } from '../../../db/rows';
import type { DB, Db, Dialect } from '../../../db/types';
import { connectOutcomes } from '../../../shared/calls';
import type { ContactWithNames } from '../contacts';

const loggedKind = sql.lit('call.logged');
const open = sql.lit<'open'>('open');

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
function applyCall(db: QueryCreator<DB>, p: LoggedCall, dialect: Dialect) {
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
  if (dialects[dialect].staleReadsAfterLockWait)
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

/** What was written as the rows above; `my_open_tasks` says whether the caller had open tasks on the lead. */
const logCall = leadWrite<LoggedCall, AppliedRow>({
  id: 'contactId',
  update: (db, p, d) => applyCall(db, p, d),
  after: [
    {
      name: 'done',
      skipUnless: 'my_open_tasks',
      update: (db, p, lead) =>
        db
          .updateTable('tasks')
          .set((eb) => ({
            status: 'done',
            completed_at: p.at,
            updated_at: p.at,
            version: eb('version', '+', 1),
          }))
          .where('tasks.contact_id', '=', lead('id') as RawBuilder<string>)
          .where('tasks.owner_id', '=', p.repId)
          .where('tasks.status', '=', open)
          .returning('tasks.id'),
    },
    {
      into: 'calls',
      row: (p, lead) =>
        callRow({
          id: text(p.callId),
          contactId: lead('id'),
          repId: text(p.repId),
          outcome: text(p.status),
          notes: text(p.notes),
          durationSec: int(p.durationSec),
          followUpAt: text(p.followUpAt),
          at: text(p.at),
        }),
    },
    {
      into: 'tasks',
      onlyIfSet: 'followUpAt',
      // PostgreSQL checks its foreign key to the call at the end of the statement, when the call row exists.
      row: (p, lead) =>
        openTaskRow({
          id: text(p.taskId),
          kind: text(p.taskKind),
          contactId: lead('id'),
          ownerId: sql`coalesce(${lead('owner_id')}, ${text(p.repId)})`,
          callId: text(p.callId),
          dueAt: text(p.followUpAt),
          createdBy: text(p.repId),
          at: text(p.at),
        }),
    },
    {
      into: 'timeline_events',
      row: (p, lead, idsOf) =>
        timelineEventRow({
          id: text(p.eventId),
          kind: loggedKind,
          contactId: lead('id'),
          companyId: lead('company_id'),
          actorId: text(p.repId),
          data: sql`${text(p.dataHead)} || ${idsOf('done')} || ${text(p.dataTail)}`,
          at: text(p.at),
        }),
    },
  ],
});

/**
 * Logs the call with all it changes, atomically; undefined when the lead's UPDATE matched nothing (then nothing
 * was written).
 */
export async function logCallAtomically(db: Db, p: LoggedCall): Promise<ContactWithNames | undefined> {
  const row = await logCall(db, p);
  if (!row) return undefined;
  const { my_open_tasks: _, ...contact } = row;
  return contact;
}
