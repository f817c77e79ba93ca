import { type ExpressionBuilder, type QueryCreator, sql } from 'kysely';
import { compiledOnce } from '../../../db/compiled';
import { inGroupCommit } from '../../../db/group-commit';
import type { DB, Db, Dialect } from '../../../db/types';
import type { ContactWithNames } from '../contacts/repo';

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

const text = (v: string | null) => sql<string | null>`cast(${v} as text)`;
const int = (v: number | null) => sql<number | null>`cast(${v} as integer)`;

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

type AppliedRow = ContactWithNames & { my_open_tasks: number | boolean };
const keys = <K extends keyof LoggedCall>(...k: K[]) => k;

// SQLite: the UPDATE, then (if it matched) the tasks, the call and the event, in the group's transaction.
const runApply = compiledOnce<LoggedCall, AppliedRow>(
  keys('contactId', 'repId', 'anyOwner', 'version', 'status', 'at', 'followUpAt'),
  (db, p, d) => applyCall(db, p, d),
);
const runCompleteTasks = compiledOnce<LoggedCall, { id: string }>(keys('contactId', 'repId', 'at'), (db, p) =>
  db
    .updateTable('tasks')
    .set((eb) => ({ status: 'done', completed_at: p.at, updated_at: p.at, version: eb('version', '+', 1) }))
    .where('contact_id', '=', p.contactId)
    .where('owner_id', '=', p.repId)
    .where('status', '=', open)
    .returning('id'),
);
const runInsertCall = compiledOnce<LoggedCall, unknown>(
  keys('callId', 'contactId', 'repId', 'status', 'notes', 'durationSec', 'followUpAt', 'at'),
  (db, p) =>
    db.insertInto('calls').values({
      id: p.callId,
      contact_id: p.contactId,
      rep_id: p.repId,
      outcome: p.status,
      notes: p.notes,
      duration_sec: p.durationSec,
      follow_up_at: p.followUpAt,
      called_at: p.at,
    }),
);
type TaskParams = LoggedCall & { ownerId: string };
const runInsertTask = compiledOnce<TaskParams, unknown>(
  ['taskId', 'taskKind', 'contactId', 'ownerId', 'callId', 'followUpAt', 'repId', 'at'],
  (db, p) =>
    db.insertInto('tasks').values({
      id: p.taskId,
      kind: p.taskKind,
      status: open,
      contact_id: p.contactId,
      owner_id: p.ownerId,
      call_id: p.callId,
      due_at: p.followUpAt!,
      note: null,
      completed_at: null,
      created_by: p.repId,
      created_at: p.at,
      updated_at: p.at,
      version: sql.lit(1),
    }),
);
type EventParams = {
  id: string;
  contactId: string;
  companyId: string | null;
  actorId: string;
  data: string;
  at: string;
};
const runInsertEvent = compiledOnce<EventParams, unknown>(
  ['id', 'contactId', 'companyId', 'actorId', 'data', 'at'],
  (db, p) =>
    db.insertInto('timeline_events').values({
      id: p.id,
      kind: loggedKind,
      contact_id: p.contactId,
      company_id: p.companyId,
      actor_id: p.actorId,
      data: p.data,
      occurred_at: p.at,
    }),
);

async function logOnSqlite(trx: Db, p: LoggedCall): Promise<ContactWithNames | undefined> {
  const [row] = await runApply(trx, 'sqlite', p);
  if (!row) return undefined;
  const done = row.my_open_tasks ? await runCompleteTasks(trx, 'sqlite', p) : [];
  await runInsertCall(trx, 'sqlite', p);
  if (p.followUpAt) await runInsertTask(trx, 'sqlite', { ...p, ownerId: row.owner_id ?? p.repId });
  await runInsertEvent(trx, 'sqlite', {
    id: p.eventId,
    contactId: p.contactId,
    companyId: row.company_id,
    actorId: p.repId,
    data: p.dataHead + JSON.stringify(done.map((t) => t.id)) + p.dataTail,
    at: p.at,
  });
  return withoutFlag(row);
}

// PostgreSQL: one statement, one round trip — the UPDATE, the tasks, the call and the event in writable CTEs.
const runLogStatement = compiledOnce<LoggedCall, AppliedRow>(
  keys(
    'contactId',
    'repId',
    'anyOwner',
    'version',
    'status',
    'at',
    'followUpAt',
    'callId',
    'notes',
    'durationSec',
    'taskId',
    'taskKind',
    'eventId',
    'dataHead',
    'dataTail',
  ),
  (db, p, d) =>
    db
      .with('c', (qb) => applyCall(qb, p, d))
      .with('done', (qb) =>
        qb
          .updateTable('tasks')
          .set((eb) => ({
            status: 'done',
            completed_at: p.at,
            updated_at: p.at,
            version: eb('version', '+', 1),
          }))
          .where('tasks.contact_id', 'in', (eb) => eb.selectFrom('c').select('c.id'))
          .where('tasks.owner_id', '=', p.repId)
          .where('tasks.status', '=', open)
          .returning('tasks.id'),
      )
      .with('call', (qb) =>
        qb
          .insertInto('calls')
          .columns([
            'id',
            'contact_id',
            'rep_id',
            'outcome',
            'notes',
            'duration_sec',
            'follow_up_at',
            'called_at',
          ])
          .expression((eb) =>
            eb
              .selectFrom('c')
              .select([
                text(p.callId).as('id'),
                'c.id as contact_id',
                text(p.repId).as('rep_id'),
                text(p.status).as('outcome'),
                text(p.notes).as('notes'),
                int(p.durationSec).as('duration_sec'),
                text(p.followUpAt).as('follow_up_at'),
                text(p.at).as('called_at'),
              ]),
          ),
      )
      .with('task', (qb) =>
        qb
          .insertInto('tasks')
          .columns([
            'id',
            'kind',
            'status',
            'contact_id',
            'owner_id',
            'call_id',
            'due_at',
            'created_by',
            'created_at',
            'updated_at',
            'version',
          ])
          .expression((eb) =>
            eb
              .selectFrom('c')
              .select([
                text(p.taskId).as('id'),
                text(p.taskKind).as('kind'),
                open.as('status'),
                'c.id as contact_id',
                sql<string>`coalesce(c.owner_id, ${text(p.repId)})`.as('owner_id'),
                text(p.callId).as('call_id'),
                text(p.followUpAt).as('due_at'),
                text(p.repId).as('created_by'),
                text(p.at).as('created_at'),
                text(p.at).as('updated_at'),
                sql.lit(1).as('version'),
              ])
              // Its foreign key to the call is checked at the end of the statement, when the call row exists.
              .where(sql<boolean>`${text(p.followUpAt)} is not null`),
          ),
      )
      .with('event', (qb) =>
        qb
          .insertInto('timeline_events')
          .columns(['id', 'kind', 'contact_id', 'company_id', 'actor_id', 'data', 'occurred_at'])
          .expression((eb) =>
            eb
              .selectFrom('c')
              .select([
                text(p.eventId).as('id'),
                loggedKind.as('kind'),
                'c.id as contact_id',
                'c.company_id',
                text(p.repId).as('actor_id'),
                sql<string>`${text(p.dataHead)} || coalesce((select '[' || string_agg('"' || done.id || '"', ',') || ']' from done), '[]') || ${text(p.dataTail)}`.as(
                  'data',
                ),
                text(p.at).as('occurred_at'),
              ]),
          ),
      )
      .selectFrom('c')
      .selectAll(),
);

function withoutFlag(row: AppliedRow): ContactWithNames {
  const { my_open_tasks: _, ...contact } = row;
  return contact;
}

/**
 * Logs the call with all it changes, atomically; undefined when the lead's UPDATE matched nothing (then nothing
 * was written). SQLite: in a group commit; PostgreSQL: one statement.
 */
export async function logCallAtomically(
  db: Db,
  dialect: Dialect,
  p: LoggedCall,
): Promise<ContactWithNames | undefined> {
  if (dialect === 'postgres') {
    const [row] = await runLogStatement(db, dialect, p);
    return row && withoutFlag(row);
  }
  return inGroupCommit(db, (trx) => logOnSqlite(trx, p));
}
