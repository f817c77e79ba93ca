import { sql } from 'kysely';
import type { Db } from '../../../db/types';

// Decision 027. A bulk load writes each new contact's search document but not its ~13 terms; at the end the
// terms of every contact document from the load's first id on are made from the documents (split on spaces,
// in SQL) and inserted in key order in one statement: SQLite sorts them (spilling to disk, see
// BULK_BUILD_PRAGMAS in db/deferred-indexes.ts) and appends to the primary key's leaves instead of writing a
// random leaf per term.
// Documents of contacts created meanwhile by someone else (ids are time-ordered) already have their terms:
// `on conflict do nothing` keeps them once.

/** Builds the search terms of contact documents with an id >= `fromId`. Returns how many keys were added. */
export async function buildSearchTermsFromDocuments(db: Db, fromId: string): Promise<number> {
  const result = await sql`insert into search_terms (term, entity, entity_id)
    with recursive split(entity, entity_id, term, rest) as (
      select entity, entity_id, null, terms || ' ' from search_documents
      where entity = 'contact' and entity_id >= ${fromId}
      union all
      select entity, entity_id, substr(rest, 1, instr(rest, ' ') - 1), substr(rest, instr(rest, ' ') + 1)
      from split where rest <> ''
    )
    select term, entity, entity_id from split where term <> ''
    order by term, entity, entity_id
    on conflict do nothing`.execute(db);
  return Number(result.numAffectedRows ?? 0n);
}
