import { sql } from 'kysely';
import { compiledOnce } from '../../../db/compiled';
import { inGroupCommit } from '../../../db/group-commit';
import type { Db, Dialect } from '../../../db/types';
import type { ContactWithNames } from '../contacts';
import { runLogStatement } from './log-call-pg';
import { type AppliedRow, applyCall, keys, type LoggedCall, loggedKind, open } from './log-call-sql';

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
