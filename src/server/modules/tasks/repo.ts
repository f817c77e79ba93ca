import type { Db, TasksTable } from '../../../db/types';

export type TaskRow = TasksTable;
export type TaskWithNames = TaskRow & {
  contact_name: string;
  company_name: string | null;
  contact_time_zone: string | null;
  contact_state: string | null;
  contact_zip: string | null;
  owner_name: string;
};

export async function insertTask(db: Db, row: TaskRow): Promise<void> {
  await db.insertInto('tasks').values(row).execute();
}

function selectTasksWithNames(db: Db) {
  return db
    .selectFrom('tasks')
    .innerJoin('contacts', 'contacts.id', 'tasks.contact_id')
    .leftJoin('companies', 'companies.id', 'contacts.company_id')
    .innerJoin('users', 'users.id', 'tasks.owner_id')
    .selectAll('tasks')
    .select([
      'contacts.full_name as contact_name',
      'companies.name as company_name',
      'contacts.time_zone as contact_time_zone',
      'contacts.state as contact_state',
      'contacts.zip as contact_zip',
      'users.name as owner_name',
    ]);
}

export function findTaskById(db: Db, id: string): Promise<TaskWithNames | undefined> {
  return selectTasksWithNames(db).where('tasks.id', '=', id).executeTakeFirst();
}

export type TaskQuery = {
  ownerId?: string;
  status: TaskRow['status'];
  dueFrom?: string;
  dueBefore?: string;
  limit: number;
};

/** By due time, soonest first; deleted contacts' tasks are left out. */
export function listTasks(db: Db, q: TaskQuery): Promise<TaskWithNames[]> {
  let query = selectTasksWithNames(db)
    .where('tasks.status', '=', q.status)
    .where('contacts.deleted_at', 'is', null);
  if (q.ownerId) query = query.where('tasks.owner_id', '=', q.ownerId);
  if (q.dueFrom) query = query.where('tasks.due_at', '>=', q.dueFrom);
  if (q.dueBefore) query = query.where('tasks.due_at', '<', q.dueBefore);
  return query.orderBy('tasks.due_at').orderBy('tasks.id').limit(q.limit).execute();
}

export type TaskPatch = Partial<Pick<TaskRow, 'status' | 'due_at' | 'owner_id' | 'note' | 'completed_at'>>;

export function updateTaskIfVersion(db: Db, id: string, version: number, patch: TaskPatch, at: string) {
  return db
    .updateTable('tasks')
    .set({ ...patch, updated_at: at, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
}

/** A call on the lead keeps the caller's promises to call: their open tasks on it are done. */
export function completeOpenTasksOf(db: Db, contactId: string, ownerId: string, at: string) {
  return db
    .updateTable('tasks')
    .set((eb) => ({ status: 'done', completed_at: at, updated_at: at, version: eb('version', '+', 1) }))
    .where('contact_id', '=', contactId)
    .where('owner_id', '=', ownerId)
    .where('status', '=', 'open')
    .returning(['id', 'kind', 'due_at'])
    .execute();
}

/** contacts.next_follow_up_at mirrors the earliest open task of the lead (lists sort and filter by it). */
export async function refreshNextFollowUp(db: Db, contactId: string): Promise<void> {
  await db
    .updateTable('contacts')
    .set((eb) => ({
      next_follow_up_at: eb
        .selectFrom('tasks')
        .select((t) => t.fn.min('due_at').as('d'))
        .where('contact_id', '=', contactId)
        .where('status', '=', 'open'),
    }))
    .where('id', '=', contactId)
    .execute();
}

/** Tasks due in [from, to) not cancelled: what the follow-ups-kept metric counts. */
export function tasksDueBetween(db: Db, from: string, to: string, ownerId?: string) {
  let q = db
    .selectFrom('tasks')
    .select(['status', 'due_at', 'completed_at'])
    .where('due_at', '>=', from)
    .where('due_at', '<', to)
    .where('status', '!=', 'cancelled');
  if (ownerId) q = q.where('owner_id', '=', ownerId);
  return q.execute();
}

export function openTasksOfOwner(db: Db, ownerId: string) {
  return db
    .selectFrom('tasks')
    .select(['id', 'contact_id', 'kind', 'due_at'])
    .where('owner_id', '=', ownerId)
    .where('status', '=', 'open')
    .orderBy('due_at')
    .execute();
}

/**
 * The lead changed hands: its open tasks follow it to the new owner, or are cancelled when it goes back to the
 * pool (a promise to call belongs to whoever works the lead, and the old owner no longer may).
 */
export async function handOverOpenTasks(db: Db, contactId: string, toOwnerId: string | null, at: string) {
  await db
    .updateTable('tasks')
    .set((eb) =>
      toOwnerId
        ? { owner_id: toOwnerId, updated_at: at, version: eb('version', '+', 1) }
        : { status: 'cancelled', updated_at: at, version: eb('version', '+', 1) },
    )
    .where('contact_id', '=', contactId)
    .where('status', '=', 'open')
    .execute();
  if (!toOwnerId) await refreshNextFollowUp(db, contactId);
}
