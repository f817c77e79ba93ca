import { sql } from 'kysely';
import type { Db } from '../../../db/types';

type Entity = 'contact' | 'company';

export async function replaceSearchTerms(
  db: Db,
  entity: Entity,
  entityId: string,
  terms: string[],
): Promise<void> {
  await db
    .deleteFrom('search_terms')
    .where('entity_id', '=', entityId)
    .where('entity', '=', entity)
    .execute();
  await insertSearchTerms(db, entity, [{ id: entityId, terms }]);
}

/** Bulk form for imports: one multi-row insert per chunk. */
export async function insertSearchTerms(db: Db, entity: Entity, items: { id: string; terms: string[] }[]) {
  const rows = items.flatMap((i) => i.terms.map((term) => ({ term, entity, entity_id: i.id })));
  // 3 parameters a row; SQLite allows 32766 per statement.
  for (let i = 0; i < rows.length; i += 5000) {
    await db
      .insertInto('search_terms')
      .values(rows.slice(i, i + 5000))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

/** Ids whose terms start with every one of `terms` (range scans on the primary key), at most `limit`. */
export async function matchEntityIds(
  db: Db,
  entity: Entity,
  terms: string[],
  limit: number,
): Promise<string[]> {
  if (terms.length === 0) return [];
  const parts = terms.map(
    (t) =>
      sql`select entity_id from search_terms where entity = ${entity} and term >= ${t} and term < ${`${t}\uffff`}`,
  );
  const query = sql<{ entity_id: string }>`${sql.join(parts, sql` intersect `)} limit ${limit}`;
  const { rows } = await query.execute(db);
  return rows.map((r) => r.entity_id);
}
