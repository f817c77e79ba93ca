import { type Expression, sql } from 'kysely';
import { text } from './lead-write';
import type { CallsTable, TasksTable, TimelineEventsTable } from './types';

// The rows the fast paths (a claim, a call; db/lead-write.ts) insert, one column list per table: every column is
// named (the types say so), so a column added to a table is added here, once, for both databases. Values are SQL
// expressions: bound parameters cast to their type (PostgreSQL's INSERT … SELECT needs the type), or a column
// of the lead's row as its UPDATE returned it.

type E = Expression<unknown>;
type RowOf<T> = { [K in keyof T]-?: E };
const none = text(null);

export const timelineEventRow = (e: {
  id: E;
  kind: E;
  contactId: E;
  companyId: E;
  actorId: E;
  data?: E;
  at: E;
}): RowOf<TimelineEventsTable> => ({
  id: e.id,
  kind: e.kind,
  contact_id: e.contactId,
  company_id: e.companyId,
  deal_id: none,
  actor_id: e.actorId,
  data: e.data ?? none,
  occurred_at: e.at,
});

export const callRow = (c: {
  id: E;
  contactId: E;
  repId: E;
  outcome: E;
  notes: E;
  durationSec: E;
  followUpAt: E;
  at: E;
}): RowOf<CallsTable> => ({
  id: c.id,
  contact_id: c.contactId,
  rep_id: c.repId,
  outcome: c.outcome,
  notes: c.notes,
  duration_sec: c.durationSec,
  follow_up_at: c.followUpAt,
  called_at: c.at,
});

/** An open task (a callback or follow-up) made by a write: version 1, not done. */
export const openTaskRow = (t: {
  id: E;
  kind: E;
  contactId: E;
  ownerId: E;
  callId: E;
  dueAt: E;
  createdBy: E;
  at: E;
}): RowOf<TasksTable> => ({
  id: t.id,
  kind: t.kind,
  status: sql.lit('open'),
  contact_id: t.contactId,
  owner_id: t.ownerId,
  call_id: t.callId,
  due_at: t.dueAt,
  note: none,
  completed_at: none,
  created_by: t.createdBy,
  created_at: t.at,
  updated_at: t.at,
  version: sql.lit(1),
});
