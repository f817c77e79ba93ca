import type { ExpressionBuilder } from 'kysely';
import type { CallsTable, DB, Db } from '../../../db/types';

export type CallRow = CallsTable;

export async function insertCall(db: Db, row: CallRow): Promise<void> {
  await db.insertInto('calls').values(row).execute();
}

const leaseFree = (me: string, now: string) => (eb: ExpressionBuilder<DB, 'contacts'>) =>
  eb.or([eb('lease_user_id', 'is', null), eb('lease_user_id', '=', me), eb('lease_expires_at', '<', now)]);

/**
 * The call's change to the lead, one conditional UPDATE: only while nobody else holds the lease, the owner is the
 * one checked, and (when given) the version is the one the rep saw. Releases the caller's lease.
 */
export function applyCallToContact(
  db: Db,
  a: {
    contactId: string;
    repId: string;
    ownerId: string | null;
    version?: number;
    status: string;
    at: string;
  },
) {
  let q = db
    .updateTable('contacts')
    .set((eb) => ({
      status: a.status,
      call_attempts: eb('call_attempts', '+', 1),
      last_call_at: a.at,
      lease_user_id: null,
      lease_expires_at: null,
      updated_at: a.at,
      updated_by: a.repId,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', a.contactId)
    .where('deleted_at', 'is', null)
    .where(leaseFree(a.repId, a.at))
    .where((eb) => (a.ownerId ? eb('owner_id', '=', a.ownerId) : eb('owner_id', 'is', null)));
  if (a.version !== undefined) q = q.where('version', '=', a.version);
  return q.returning(['id', 'company_id']).executeTakeFirst();
}

/** Takes or renews the lease: one conditional UPDATE, so of two people opening a lead one wins. */
export function takeLease(db: Db, contactId: string, userId: string, now: string, expiresAt: string) {
  return db
    .updateTable('contacts')
    .set({ lease_user_id: userId, lease_expires_at: expiresAt })
    .where('id', '=', contactId)
    .where('deleted_at', 'is', null)
    .where(leaseFree(userId, now))
    .returning(['lease_expires_at'])
    .executeTakeFirst();
}

export async function dropLease(db: Db, contactId: string, userId: string): Promise<void> {
  await db
    .updateTable('contacts')
    .set({ lease_user_id: null, lease_expires_at: null })
    .where('id', '=', contactId)
    .where('lease_user_id', '=', userId)
    .execute();
}

/** Who holds the lease now (null when free or lapsed). */
export async function leaseHolder(db: Db, contactId: string, now: string) {
  const row = await db
    .selectFrom('contacts')
    .leftJoin('users', 'users.id', 'contacts.lease_user_id')
    .select(['contacts.lease_user_id', 'contacts.lease_expires_at', 'users.name'])
    .where('contacts.id', '=', contactId)
    .executeTakeFirst();
  if (!row?.lease_user_id || !row.lease_expires_at || row.lease_expires_at < now) return null;
  return { id: row.lease_user_id, name: row.name ?? '', expiresAt: row.lease_expires_at };
}
