import type { Task, TaskPatch } from '../../../shared/tasks';
import type { Actor, AppContext } from '../../context';
import { conflict, forbidden, notFound, unprocessable } from '../../errors';
import { endOfOrgDay } from '../../org-time';
import { seesEverything } from '../access';
import { insertTimelineEvents, type TimelineEventInput } from '../timeline';
import { findUserById } from '../users';
import { presentTask } from './presenter';
import * as repo from './repo';

export type TaskListQuery = {
  when: 'overdue' | 'today' | 'upcoming' | 'all';
  status: 'open' | 'done' | 'cancelled';
  ownerId?: string;
  limit: number;
};

/** Reps: their own tasks whatever is asked; managers: one person's or everyone's. */
export async function listTasks(ctx: AppContext, actor: Actor, q: TaskListQuery): Promise<Task[]> {
  const now = ctx.clock.now();
  const nowIso = now.toISOString();
  const endOfToday = endOfOrgDay(now).toISOString();
  const range = {
    overdue: { dueBefore: nowIso },
    today: { dueFrom: nowIso, dueBefore: endOfToday },
    upcoming: { dueFrom: endOfToday },
    all: {},
  }[q.when];
  const rows = await repo.listTasks(ctx.db, {
    ...range,
    ownerId: seesEverything(actor) ? q.ownerId : actor.id,
    status: q.status,
    limit: q.limit,
  });
  return rows.map(presentTask);
}

/** Complete, reopen, cancel, reschedule, re-note or (managers) reassign; versioned; each change on the timeline. */
export async function updateTask(ctx: AppContext, actor: Actor, id: string, patch: TaskPatch): Promise<Task> {
  const current = await repo.findTaskById(ctx.db, id);
  const manager = seesEverything(actor);
  if (!current || (!manager && current.owner_id !== actor.id)) throw notFound('Task');
  const at = ctx.clock.now().toISOString();
  const changes: repo.TaskPatch = {};
  const events: Omit<TimelineEventInput, 'contactId' | 'actorId' | 'at'>[] = [];
  if (patch.status && patch.status !== current.status) {
    changes.status = patch.status;
    changes.completed_at = patch.status === 'done' ? at : null;
    const kind = { done: 'task.completed', open: 'task.reopened', cancelled: 'task.cancelled' }[patch.status];
    events.push({ kind, data: { taskId: id, taskKind: current.kind, dueAt: current.due_at } });
  }
  if (patch.dueAt) {
    const due = new Date(patch.dueAt).toISOString();
    if (due !== current.due_at) {
      changes.due_at = due;
      events.push({ kind: 'task.rescheduled', data: { taskId: id, from: current.due_at, to: due } });
    }
  }
  if (patch.ownerId && patch.ownerId !== current.owner_id) {
    if (!manager) throw forbidden('Only managers reassign follow-ups.');
    const rep = await findUserById(ctx.db, patch.ownerId);
    if (rep?.role !== 'rep' || rep.deactivated_at)
      throw unprocessable('not_an_active_rep', 'Follow-ups go to active sales reps only.');
    changes.owner_id = rep.id;
    events.push({
      kind: 'task.reassigned',
      data: {
        taskId: id,
        from: { id: current.owner_id, name: current.owner_name },
        to: { id: rep.id, name: rep.name },
      },
    });
  }
  if (patch.note !== undefined && (patch.note || null) !== current.note) changes.note = patch.note || null;

  await ctx.db.transaction().execute(async (trx) => {
    const updated = await repo.updateTaskIfVersion(trx, id, patch.version, changes, at);
    if (!updated) {
      const fresh = await repo.findTaskById(trx, id);
      throw conflict('stale_version', 'This follow-up changed after you opened it.', {
        current: fresh ? presentTask(fresh) : null,
      });
    }
    if (changes.status || changes.due_at) await repo.refreshNextFollowUp(trx, current.contact_id);
    await insertTimelineEvents(
      trx,
      events.map((e) => ({ ...e, contactId: current.contact_id, actorId: actor.id, at })),
    );
  });
  const after = await repo.findTaskById(ctx.db, id);
  if (!after) throw notFound('Task');
  return presentTask(after);
}
