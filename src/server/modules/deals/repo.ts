import type { Db, DealsTable } from '../../../db/types';

export type DealRow = DealsTable;
export type DealWithNames = DealRow & {
  contact_name: string | null;
  company_name: string | null;
  owner_name: string | null;
};

function selectDealsWithNames(db: Db) {
  return db
    .selectFrom('deals as d')
    .leftJoin('contacts as c', 'c.id', 'd.contact_id')
    .leftJoin('companies as co', 'co.id', 'd.company_id')
    .leftJoin('users as u', 'u.id', 'd.owner_id')
    .selectAll('d')
    .select(['c.full_name as contact_name', 'co.name as company_name', 'u.name as owner_name']);
}

export function findDealById(db: Db, id: string): Promise<DealWithNames | undefined> {
  return selectDealsWithNames(db).where('d.id', '=', id).executeTakeFirst();
}

export async function insertDeal(db: Db, row: DealRow): Promise<void> {
  await db.insertInto('deals').values(row).execute();
}

export type DealFilter = { ownerId?: string; stage?: string; contactId?: string; q?: string; limit: number };

/** Newest first; the board reads by stage, the list by owner (indexes deals_owner_stage, deals_stage_close). */
export function listDeals(db: Db, f: DealFilter): Promise<DealWithNames[]> {
  let q = selectDealsWithNames(db);
  if (f.ownerId) q = q.where('d.owner_id', '=', f.ownerId);
  if (f.stage) q = q.where('d.stage', '=', f.stage);
  if (f.contactId) q = q.where('d.contact_id', '=', f.contactId);
  if (f.q) {
    const like = `%${f.q.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['d.title']), 'like', like),
        eb(eb.fn('lower', ['c.full_name']), 'like', like),
        eb(eb.fn('lower', ['co.name']), 'like', like),
      ]),
    );
  }
  return q.orderBy('d.created_at', 'desc').orderBy('d.id', 'desc').limit(f.limit).execute();
}

export type DealPatch = Partial<Omit<DealRow, 'id' | 'created_at' | 'created_by' | 'version'>>;

/** A versioned UPDATE: undefined when someone saved first (or the deal is gone). */
export function updateDealIfVersion(db: Db, id: string, version: number, patch: DealPatch) {
  return db
    .updateTable('deals')
    .set((eb) => ({ ...patch, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning(['id'])
    .executeTakeFirst();
}

export function listDealTimeline(db: Db, dealId: string, limit: number) {
  return db
    .selectFrom('timeline_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .select(['e.id', 'e.kind', 'e.data', 'e.occurred_at', 'e.actor_id', 'u.name as actor_name'])
    .where('e.deal_id', '=', dealId)
    .orderBy('e.occurred_at', 'desc')
    .orderBy('e.id', 'desc')
    .limit(limit)
    .execute();
}
