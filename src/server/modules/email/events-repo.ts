import { bulkInsert, isPostgres } from '../../../db/bulk-insert';
import { bulkUpdate } from '../../../db/bulk-update';
import type { Db, EmailEventsTable } from '../../../db/types';
import type { MessageRow } from './messages-repo';

/** How a provider event names its message: our idempotency key, else our id, else the provider's id. */
export type MessageRefs = { keys: string[]; ids: string[]; providerIds: string[] };

const CHUNK = 1000;

/**
 * The messages a webhook post's events name, in one query per 1,000 references of each kind. On PostgreSQL
 * they are locked (in id order, so concurrent posts cannot deadlock on them) until the post's transaction
 * ends: the post computes each message's new state from what it read, and a concurrent post about the same
 * message waits instead of overwriting it. SQLite runs one write transaction at a time anyway.
 */
export async function findMessagesForEvents(db: Db, refs: MessageRefs): Promise<MessageRow[]> {
  const out: MessageRow[] = [];
  const longest = Math.max(refs.keys.length, refs.ids.length, refs.providerIds.length);
  for (let i = 0; i < longest; i += CHUNK) {
    const [keys, ids, providerIds] = [refs.keys, refs.ids, refs.providerIds].map((a) =>
      a.slice(i, i + CHUNK),
    );
    let q = db
      .selectFrom('email_messages')
      .selectAll()
      .where((eb) =>
        eb.or([
          ...(keys!.length ? [eb('idempotency_key', 'in', keys!)] : []),
          ...(ids!.length ? [eb('id', 'in', ids!)] : []),
          ...(providerIds!.length ? [eb('provider_message_id', 'in', providerIds!)] : []),
        ]),
      )
      .orderBy('id');
    if (isPostgres(db)) q = q.forUpdate();
    out.push(...(await q.execute()));
  }
  return out;
}

const eventColumns = [
  'id',
  'sg_event_id',
  'message_id',
  'event',
  'email',
  'data',
  'occurred_at',
  'received_at',
] as const;

/**
 * Inserts the events whose sg_event_id is new (SendGrid retries deliver duplicates) and returns those ids:
 * one multi-row INSERT … ON CONFLICT DO NOTHING RETURNING. A concurrent post with the same id waits for ours.
 */
export async function insertEventsOnce(db: Db, rows: EmailEventsTable[]): Promise<Set<string>> {
  // Sorted, so that two posts carrying the same ids take their unique-index locks in one order.
  const sorted = [...rows].sort((a, b) => (a.sg_event_id < b.sg_event_id ? -1 : 1));
  const fresh = await bulkInsert<{ sg_event_id: string }>(
    db,
    'email_events',
    eventColumns,
    sorted.map((r) => eventColumns.map((c) => r[c])),
    // 8 parameters a row: 1,024 rows stay under SQLite's 32,766.
    { max: 1024, onConflict: '(sg_event_id) do nothing', returning: ['sg_event_id'] },
  );
  return new Set(fresh.map((r) => r.sg_event_id));
}

/** What the events change on a message. */
export const eventColumnsOfMessage = [
  'status',
  'delivered_at',
  'opened_at',
  'clicked_at',
  'bounced_at',
  'last_error',
  'updated_at',
] as const;

export async function updateMessagesFromEvents(db: Db, rows: MessageRow[]): Promise<void> {
  await bulkUpdate(
    db,
    'email_messages',
    'id',
    eventColumnsOfMessage,
    rows.map((m) => [m.id, ...eventColumnsOfMessage.map((c) => m[c])]),
    { max: 1024 },
  );
}

export function contactsWithEmail(db: Db, email: string) {
  return db
    .selectFrom('contacts')
    .select(['id', 'company_id', 'owner_id'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email))
    .where('deleted_at', 'is', null)
    .limit(50)
    .execute();
}

export function contactOwner(db: Db, id: string) {
  return db.selectFrom('contacts').select(['owner_id', 'company_id']).where('id', '=', id).executeTakeFirst();
}
