import { bulkInsert } from '../../../db/bulk-insert';
import { dialectOf } from '../../../db/dialect';
import type { Db, EmailMessagesTable } from '../../../db/types';

export type MessageRow = EmailMessagesTable;
export type MessageWithNames = MessageRow & { contact_name: string | null; sender_name: string | null };

const messageColumns = [
  'id',
  'idempotency_key',
  'reply_token',
  'message_id_header',
  'contact_id',
  'template_id',
  'campaign_id',
  'sender_id',
  'from_email',
  'from_name',
  'to_email',
  'reply_to',
  'subject',
  'html',
  'text',
  'headers',
  'provider',
  'status',
  'attempts',
  'next_attempt_at',
  'claimed_until',
  'provider_message_id',
  'last_error',
  'is_test',
  'created_at',
  'updated_at',
  'sent_at',
  'delivered_at',
  'opened_at',
  'clicked_at',
  'replied_at',
  'bounced_at',
] as const satisfies readonly (keyof MessageRow)[];

/** Multi-row INSERTs without Kysely's per-value syntax tree (a campaign inserts thousands of rendered rows). */
export async function insertMessages(db: Db, rows: MessageRow[]): Promise<void> {
  await bulkInsert(
    db,
    'email_messages',
    messageColumns,
    rows.map((r) => messageColumns.map((c) => r[c])),
    // 32 parameters a row: 1,000 rows stay under SQLite's 32,766 (PostgreSQL allows 65,535).
    { max: 1000 },
  );
}

const withNames = (db: Db) =>
  db
    .selectFrom('email_messages as m')
    .leftJoin('contacts as c', 'c.id', 'm.contact_id')
    .leftJoin('users as u', 'u.id', 'm.sender_id')
    .selectAll('m')
    .select(['c.full_name as contact_name', 'u.name as sender_name']);

export function findMessage(db: Db, id: string): Promise<MessageWithNames | undefined> {
  return withNames(db).where('m.id', '=', id).executeTakeFirst();
}

/** The outbox page: newest first; reps see what they sent. */
export function listMessages(
  db: Db,
  opts: { senderId?: string; contactId?: string; status?: string; before?: string; limit: number },
): Promise<MessageWithNames[]> {
  let q = withNames(db);
  if (opts.senderId) q = q.where('m.sender_id', '=', opts.senderId);
  if (opts.contactId) q = q.where('m.contact_id', '=', opts.contactId);
  if (opts.status) q = q.where('m.status', '=', opts.status);
  if (opts.before) q = q.where('m.id', '<', opts.before);
  return q.orderBy('m.id', 'desc').limit(opts.limit).execute();
}

/**
 * Claims up to `limit` messages due now — queued ones whose time has come, and ones claimed by a runner that
 * never confirmed (crashed mid-send) once that claim ran out — in one conditional UPDATE (FOR UPDATE SKIP
 * LOCKED on PostgreSQL). The attempt is counted at claim time, so a crash still counts as a try.
 */
export function claimDueMessages(
  db: Db,
  claim: { now: string; until: string; limit: number },
): Promise<MessageRow[]> {
  const candidates = dialectOf(db).skipLocked(
    db
      .selectFrom('email_messages')
      .select('id')
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'queued'), eb('next_attempt_at', '<=', claim.now)]),
          eb.and([eb('status', '=', 'sending'), eb('claimed_until', '<', claim.now)]),
        ]),
      )
      .orderBy('next_attempt_at')
      .orderBy('id')
      .limit(claim.limit),
  );
  return db
    .updateTable('email_messages')
    .set((eb) => ({
      status: 'sending',
      claimed_until: claim.until,
      attempts: eb('attempts', '+', 1),
      updated_at: claim.now,
    }))
    .where('id', 'in', candidates)
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'queued'), eb('next_attempt_at', '<=', claim.now)]),
        eb.and([eb('status', '=', 'sending'), eb('claimed_until', '<', claim.now)]),
      ]),
    )
    .returningAll()
    .execute();
}

/** Only a message still in our claim changes (a cancel or a takeover wins). */
export async function finishAttempt(
  db: Db,
  id: string,
  claimedUntil: string,
  set: Partial<MessageRow>,
): Promise<boolean> {
  const r = await db
    .updateTable('email_messages')
    .set({ ...set, claimed_until: null })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .where('claimed_until', '=', claimedUntil)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function updateMessage(db: Db, id: string, set: Partial<MessageRow>): Promise<void> {
  await db.updateTable('email_messages').set(set).where('id', '=', id).execute();
}

export function findMessageByReplyRef(
  db: Db,
  ref: { tokens: string[]; messageIds: string[] },
): Promise<MessageRow | undefined> {
  if (ref.tokens.length + ref.messageIds.length === 0) return Promise.resolve(undefined);
  return db
    .selectFrom('email_messages')
    .selectAll()
    .where((eb) =>
      eb.or([
        ...(ref.tokens.length ? [eb('reply_token', 'in', ref.tokens)] : []),
        ...(ref.messageIds.length ? [eb('message_id_header', 'in', ref.messageIds)] : []),
      ]),
    )
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Cancels a campaign's messages not yet handed to a runner. */
export async function cancelQueuedOfCampaign(db: Db, campaignId: string, at: string): Promise<number> {
  const r = await db
    .updateTable('email_messages')
    .set({ status: 'cancelled', updated_at: at, next_attempt_at: null })
    .where('campaign_id', '=', campaignId)
    .where('status', '=', 'queued')
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function countByStatusOfCampaign(db: Db, campaignId: string) {
  const rows = await db
    .selectFrom('email_messages')
    .select(['status', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('campaign_id', '=', campaignId)
    .groupBy('status')
    .execute();
  return new Map(rows.map((r) => [r.status, Number(r.n)]));
}
