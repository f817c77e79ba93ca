import { sql } from 'kysely';
import { isPostgres } from '../../../db/bulk-insert';
import type { Db } from '../../../db/types';
import { insertSearchTerms } from './repo';

// Decision 023. A contact has ~13 search terms, each a key at a random place of `search_terms`. Once that tree
// outgrows SQLite's page cache (~300k contacts), an import batch of 5,000 contacts dirties tens of thousands of
// its leaf pages, each read back, written to the WAL and checkpointed, for a few new keys each. So on SQLite an
// import writes its contacts' terms to `search_terms_pending` (same shape, small: it fits in the cache) in the
// batch's transaction, and they are moved into `search_terms` in key order — one sweep over the big tree, each
// leaf written once — every `MERGE_EVERY_ROWS` rows and when the import ends. Search reads both tables, so an
// imported contact is found as soon as its batch commits, as before. PostgreSQL imports write `search_terms`.

/** Rows of a CSV import between two merges: the pending tree stays ~650k keys (~40 MB of pages). */
export const MERGE_EVERY_ROWS = 50_000;
/** Keys moved per statement and transaction: each is a short synchronous step of the event loop. */
const MOVE_CHUNK = 20_000;

/**
 * An import's new contacts' terms: pending on SQLite, straight into search_terms on PostgreSQL; only their
 * documents during a bulk load (`later`), which builds the terms from them when it ends (decision 027).
 */
export function insertImportedSearchTerms(db: Db, items: { id: string; terms: string[] }[], later = false) {
  const into = later ? null : isPostgres(db) ? 'search_terms' : 'search_terms_pending';
  return insertSearchTerms(db, 'contact', items, into);
}

/**
 * Moves every pending term into search_terms, in key order, `MOVE_CHUNK` keys a transaction (each moves a key
 * range: insert into the big tree, delete from the pending one — SQLite runs one writer at a time, so nothing
 * lands in the range between the two). Safe to run at any time and from any runner; a no-op when nothing waits.
 */
export async function mergePendingSearchTerms(db: Db, chunk = MOVE_CHUNK): Promise<number> {
  if (isPostgres(db)) return 0;
  let moved = 0;
  for (;;) {
    const n = await db.transaction().execute(async (trx) => {
      const last = await trx
        .selectFrom('search_terms_pending')
        .select(['term', 'entity', 'entity_id'])
        .orderBy('term')
        .orderBy('entity')
        .orderBy('entity_id')
        .limit(1)
        .offset(chunk - 1)
        .executeTakeFirst();
      const upTo = last
        ? sql`(term, entity, entity_id) <= (${last.term}, ${last.entity}, ${last.entity_id})`
        : sql`true`;
      await sql`insert into search_terms (term, entity, entity_id)
        select term, entity, entity_id from search_terms_pending where ${upTo}
        order by term, entity, entity_id on conflict do nothing`.execute(trx);
      const del = await sql`delete from search_terms_pending where ${upTo}`.execute(trx);
      return { deleted: Number(del.numAffectedRows ?? 0n), more: Boolean(last) };
    });
    moved += n.deleted;
    if (!n.more) return moved;
  }
}

/** True when some imported terms still wait to be moved (a crashed or cancelled import left them). */
export async function hasPendingSearchTerms(db: Db): Promise<boolean> {
  if (isPostgres(db)) return false;
  const row = await db.selectFrom('search_terms_pending').select('term').limit(1).executeTakeFirst();
  return Boolean(row);
}
