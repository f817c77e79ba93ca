import { sql } from 'kysely';
import type { Db } from '../../../db/types';
import { closedStatuses } from '../access';

/**
 * The claim itself: one conditional UPDATE, so of many reps racing for a lead exactly one wins, on SQLite
 * (one writer) and on PostgreSQL (the row lock makes the losers re-check `owner_id IS NULL` and match nothing).
 */
export function claimIfFree(db: Db, contactId: string, repId: string, at: string) {
  return db
    .updateTable('contacts')
    .set((eb) => ({
      owner_id: repId,
      claimed_at: at,
      owner_touched_at: at,
      expiry_notice_at: null,
      updated_at: at,
      updated_by: repId,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', contactId)
    .where('owner_id', 'is', null)
    .where('deleted_at', 'is', null)
    .where('state', 'in', (eb) =>
      eb.selectFrom('rep_territories').select('state').where('user_id', '=', repId),
    )
    .returning(['id', 'company_id'])
    .executeTakeFirst();
}

/** Back to the pool, only if `ownerId` still owns it (a concurrent reassign wins). */
export function releaseIfOwnedBy(db: Db, contactId: string, ownerId: string, by: string | null, at: string) {
  return db
    .updateTable('contacts')
    .set((eb) => ({
      owner_id: null,
      claimed_at: null,
      owner_touched_at: null,
      expiry_notice_at: null,
      updated_at: at,
      updated_by: by,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', contactId)
    .where('owner_id', '=', ownerId)
    .returning(['id', 'company_id'])
    .executeTakeFirst();
}

export async function countOpenLeads(db: Db, repId: string): Promise<number> {
  const r = await db
    .selectFrom('contacts')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('owner_id', '=', repId)
    .where('deleted_at', 'is', null)
    .where('status', 'not in', closedStatuses)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function countClaimsSince(db: Db, repId: string, since: string): Promise<number> {
  const r = await db
    .selectFrom('timeline_events')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('actor_id', '=', repId)
    .where('occurred_at', '>=', since)
    .where('kind', '=', sql.lit('contact.claimed')) // a literal, to use the partial index timeline_events_claims
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export function repLimits(db: Db, repId: string) {
  return db
    .selectFrom('users')
    .select(['open_lead_limit', 'daily_claim_limit'])
    .where('id', '=', repId)
    .executeTakeFirst();
}

/** Best unclaimed leads of the rep's states: most complete first (phone, email, name, company), then newest. */
export function findClaimCandidates(db: Db, repId: string, limit: number) {
  return db
    .selectFrom('contacts')
    .select(['id', 'full_name'])
    .where('owner_id', 'is', null)
    .where('deleted_at', 'is', null)
    .where('status', 'not in', closedStatuses)
    .where('state', 'in', (eb) =>
      eb.selectFrom('rep_territories').select('state').where('user_id', '=', repId),
    )
    .orderBy((eb) => eb.case().when('phone_e164', 'is not', null).then(1).else(0).end(), 'desc')
    .orderBy((eb) => eb.case().when('email', 'is not', null).then(4).else(0).end(), 'desc')
    .orderBy((eb) => eb.case().when('company_id', 'is not', null).then(2).else(0).end(), 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** Owned leads whose owner has not touched them since `cutoff` (oldest first). */
export function findStaleClaims(db: Db, cutoff: string, opts: { unnoticedOnly: boolean; limit: number }) {
  let q = db
    .selectFrom('contacts')
    .select(['id', 'owner_id', 'company_id', 'owner_touched_at'])
    .where('owner_id', 'is not', null)
    .where('owner_touched_at', '<', cutoff)
    .where('deleted_at', 'is', null);
  if (opts.unnoticedOnly) q = q.where('expiry_notice_at', 'is', null);
  return q.orderBy('owner_touched_at').limit(opts.limit).execute();
}

export function markExpiryNotice(db: Db, id: string, ownerId: string, at: string) {
  return db
    .updateTable('contacts')
    .set({ expiry_notice_at: at })
    .where('id', '=', id)
    .where('owner_id', '=', ownerId)
    .where('expiry_notice_at', 'is', null)
    .executeTakeFirst()
    .then((r) => Number(r.numUpdatedRows) === 1);
}

/** Releases only if still owned by `ownerId` and still untouched since `cutoff`: a last-minute call wins. */
export function expireIfStale(db: Db, id: string, ownerId: string, cutoff: string, at: string) {
  return db
    .updateTable('contacts')
    .set((eb) => ({
      owner_id: null,
      claimed_at: null,
      owner_touched_at: null,
      expiry_notice_at: null,
      updated_at: at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('owner_id', '=', ownerId)
    .where('owner_touched_at', '<', cutoff)
    .executeTakeFirst()
    .then((r) => Number(r.numUpdatedRows) === 1);
}

/** Moves a lead from `fromOwner` (who the manager saw) to `toOwner`; false if it changed hands meanwhile. */
export function assignIfOwnerIs(
  db: Db,
  id: string,
  fromOwner: string | null,
  toOwner: string | null,
  by: string,
  at: string,
) {
  return db
    .updateTable('contacts')
    .set((eb) => ({
      owner_id: toOwner,
      claimed_at: toOwner ? at : null,
      owner_touched_at: toOwner ? at : null,
      expiry_notice_at: null,
      updated_at: at,
      updated_by: by,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where((eb) => (fromOwner === null ? eb('owner_id', 'is', null) : eb('owner_id', '=', fromOwner)))
    .executeTakeFirst()
    .then((r) => Number(r.numUpdatedRows) === 1);
}

/** Unassigned leads of the given states, best first (as claim-next orders them), with their state. */
export function findPoolLeads(db: Db, states: string[], limit: number) {
  return db
    .selectFrom('contacts')
    .select(['id', 'state', 'company_id'])
    .where('owner_id', 'is', null)
    .where('deleted_at', 'is', null)
    .where('status', 'not in', closedStatuses)
    .where('state', 'in', states)
    .orderBy((eb) => eb.case().when('phone_e164', 'is not', null).then(1).else(0).end(), 'desc')
    .orderBy((eb) => eb.case().when('email', 'is not', null).then(1).else(0).end(), 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** Open-lead counts of many reps at once. */
export async function countOpenLeadsOf(db: Db, repIds: string[]): Promise<Map<string, number>> {
  if (repIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('contacts')
    .select(['owner_id', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('owner_id', 'in', repIds)
    .where('deleted_at', 'is', null)
    .where('status', 'not in', closedStatuses)
    .groupBy('owner_id')
    .execute();
  return new Map(rows.map((r) => [r.owner_id!, Number(r.n)]));
}

/** A rep's own leads that got the expiry notice and are still theirs, untouched since (oldest first). */
export function findNoticedLeadsOf(db: Db, ownerId: string, limit: number) {
  return db
    .selectFrom('contacts')
    .leftJoin('companies', 'companies.id', 'contacts.company_id')
    .select([
      'contacts.id',
      'contacts.full_name',
      'contacts.owner_touched_at',
      'companies.name as company_name',
    ])
    .where('contacts.owner_id', '=', ownerId)
    .where('contacts.expiry_notice_at', 'is not', null)
    .where('contacts.owner_touched_at', 'is not', null)
    .where('contacts.deleted_at', 'is', null)
    .orderBy('contacts.owner_touched_at')
    .orderBy('contacts.id')
    .limit(limit)
    .execute();
}
