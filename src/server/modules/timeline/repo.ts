import { bulkInsert } from '../../../db/bulk-insert';
import type { Db } from '../../../db/types';
import { newId } from '../../ids';

export type TimelineEventInput = {
  kind: string;
  contactId?: string | null;
  companyId?: string | null;
  dealId?: string | null;
  actorId: string | null;
  data?: Record<string, unknown>;
  at: string;
};

/** Call inside the transaction of the change it records: the timeline and reports read these rows. */
export async function insertTimelineEvents(db: Db, events: TimelineEventInput[]): Promise<void> {
  if (events.length === 0) return;
  // 8 parameters a row: 512 rows a statement stays under SQLite's 32,766 (imports pass thousands).
  await bulkInsert(
    db,
    'timeline_events',
    timelineColumns,
    events.map((e) => [
      newId(),
      e.kind,
      e.contactId ?? null,
      e.companyId ?? null,
      e.dealId ?? null,
      e.actorId,
      e.data ? JSON.stringify(e.data) : null,
      e.at,
    ]),
    { max: 512 },
  );
}

const timelineColumns = [
  'id',
  'kind',
  'contact_id',
  'company_id',
  'deal_id',
  'actor_id',
  'data',
  'occurred_at',
] as const;

export type TimelineCursor = { at: string; id: string };

export function listTimelineOfContact(
  db: Db,
  contactId: string,
  opts: { kinds?: string[]; before?: TimelineCursor; limit: number },
) {
  let q = db
    .selectFrom('timeline_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .select(['e.id', 'e.kind', 'e.data', 'e.occurred_at', 'e.actor_id', 'u.name as actor_name'])
    .where('e.contact_id', '=', contactId);
  if (opts.kinds?.length) q = q.where('e.kind', 'in', opts.kinds);
  const before = opts.before;
  if (before) {
    q = q.where((eb) =>
      eb.or([
        eb('e.occurred_at', '<', before.at),
        eb.and([eb('e.occurred_at', '=', before.at), eb('e.id', '<', before.id)]),
      ]),
    );
  }
  return q.orderBy('e.occurred_at', 'desc').orderBy('e.id', 'desc').limit(opts.limit).execute();
}

/** A merge: the duplicate's history becomes the kept contact's. */
export async function moveTimelineEvents(db: Db, fromContactId: string, toContactId: string): Promise<void> {
  await db
    .updateTable('timeline_events')
    .set({ contact_id: toContactId })
    .where('contact_id', '=', fromContactId)
    .execute();
}
