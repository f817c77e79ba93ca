import { sql } from 'kysely';
import { bulkInsert, isPostgres } from '../../../db/bulk-insert';
import type { Db } from '../../../db/types';

type Entity = 'contact' | 'company';

// `search_terms` is only read by term (its primary key); what an entity contributed is kept as one row of
// `search_documents`, so replacing an entity's terms deletes exactly those keys and no second index over the
// whole term table is needed (decision 014 amends 006).

export async function replaceSearchTerms(
  db: Db,
  entity: Entity,
  entityId: string,
  terms: string[],
): Promise<void> {
  const doc = await db
    .selectFrom('search_documents')
    .select('terms')
    .where('entity_id', '=', entityId)
    .where('entity', '=', entity)
    .executeTakeFirst();
  const old = doc ? termsOfDocument(doc.terms) : [];
  // An imported contact's terms may still wait in search_terms_pending (SQLite, decision 023): there first, so
  // that a merge cannot bring them back afterwards.
  const tables = isPostgres(db)
    ? (['search_terms'] as const)
    : (['search_terms_pending', 'search_terms'] as const);
  for (let i = 0; i < old.length; i += 500)
    for (const table of tables) {
      await db
        .deleteFrom(table)
        .where('term', 'in', old.slice(i, i + 500))
        .where('entity', '=', entity)
        .where('entity_id', '=', entityId)
        .execute();
    }
  if (doc)
    await db
      .deleteFrom('search_documents')
      .where('entity_id', '=', entityId)
      .where('entity', '=', entity)
      .execute();
  await insertSearchTerms(db, entity, [{ id: entityId, terms }]);
}

/** Terms never contain spaces (words are split on them; emails and digits have none). */
const documentOf = (terms: string[]) => terms.join(' ');
const termsOfDocument = (doc: string) => doc.split(' ').filter(Boolean);

/**
 * Adds terms (bulk form for imports: multi-row inserts, 3 parameters a term) and records them in each entity's
 * document; adding to an entity that already has terms extends its document. `into` null writes the documents
 * only: a bulk load builds the terms from them when it ends (decision 027).
 */
export async function insertSearchTerms(
  db: Db,
  entity: Entity,
  items: { id: string; terms: string[] }[],
  into: 'search_terms' | 'search_terms_pending' | null = 'search_terms',
) {
  const rows: unknown[][] = [];
  const docs = new Map<string, string[]>();
  for (const i of items) {
    if (into) for (const term of i.terms) rows.push([term, entity, i.id]);
    const doc = docs.get(i.id);
    if (doc) doc.push(...i.terms);
    else docs.set(i.id, i.terms);
  }
  // In key order: consecutive inserts land on the same leaf pages of the primary key instead of all over it.
  if (into && rows.length > 1) rows.sort(byKey);
  if (into)
    await bulkInsert(db, into, ['term', 'entity', 'entity_id'], rows, {
      max: 4096,
      onConflictDoNothing: true,
    });
  await bulkInsert(
    db,
    'search_documents',
    ['entity', 'entity_id', 'terms'],
    [...docs].map(([id, terms]) => [entity, id, documentOf(terms)]),
    {
      max: 4096,
      onConflict: `("entity_id", "entity") do update set "terms" = "search_documents"."terms" || ' ' || excluded."terms"`,
    },
  );
}

const byKey = (a: unknown[], b: unknown[]) => {
  for (let i = 0; i < 3; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
};

/** Ids whose terms start with every one of `terms` (range scans on the primary key), at most `limit`. */
export async function matchEntityIds(
  db: Db,
  entity: Entity,
  terms: string[],
  limit: number,
): Promise<string[]> {
  if (terms.length === 0) return [];
  const range = (table: string, t: string) =>
    sql`select entity_id from ${sql.table(table)} where entity = ${entity} and term >= ${t} and term < ${`${t}\uffff`}`;
  // On SQLite an import's newest contacts may have their terms in search_terms_pending (decision 023): a key is
  // in one table or the other, never both, so UNION ALL adds no duplicates the single table would not have.
  const parts = isPostgres(db)
    ? terms.map((t) => range('search_terms', t))
    : terms.map(
        (t) =>
          sql`select entity_id from (${range('search_terms', t)} union all ${range('search_terms_pending', t)})`,
      );
  const query = sql<{ entity_id: string }>`${sql.join(parts, sql` intersect `)} limit ${limit}`;
  const { rows } = await query.execute(db);
  return rows.map((r) => r.entity_id);
}
