import { bulkLoadsDeferIndexes } from '../../../db/capabilities';
import {
  BULK_BUILD_PRAGMAS,
  buildDeferredIndex,
  deferIndexes,
  withPragmas,
} from '../../../db/deferred-indexes';
import { isoNow } from '../../clock';
import type { AppContext } from '../../context';
import { newId } from '../../ids';
import { buildSearchTermsFromDocuments } from '../search';
import { countLiveContacts } from './duplicate-repo';
import * as repo from './repo';

// Decision 027: a large CSV import into a contacts table smaller than the file is a bulk load (the customer's
// first import of their old data). On SQLite it leaves out, while the rows go in, what it would write at a
// random place per row and does not read itself — five list indexes and ~13 search terms a contact — and builds
// them once, sorted, when it ends. It keeps the duplicate lookups' indexes (email, phones, company; decision
// 012), the claim and report indexes, and every contact's search document. While a load runs, imported
// contacts are listed but sorted by a table scan and not yet found by search. PostgreSQL does neither: dropping
// an index there blocks other sessions, and its import time is not in these writes (decision 021's figures).

/** The contact indexes an import writes at random places and never reads. */
export const LOAD_DEFERRED_INDEXES = [
  'contacts_name',
  'contacts_company',
  'contacts_state_name',
  'contacts_status_name',
  'contacts_source_name',
] as const;

/**
 * The page cache during a load: what it writes at random places left (the duplicate lookups' indexes, the
 * companies) needs less than the usual 128 MiB, and a million-row load must stay within 600 MB — 1M rows in
 * 115 s / 579 MiB peak with 48 MiB, 119 s / 560 MiB with 32 MiB.
 */
export const BULK_LOAD_PRAGMAS = { cache_size: -32768 };
/**
 * Rows a transaction during a load (5,000 otherwise): with fewer random index writes a commit costs less, and
 * half the rows in hand (here and on the reader thread) keeps ~50 MB off the JavaScript heap.
 */
export const BULK_LOAD_BATCH = 2500;

/** Below this many rows to go, building afterwards costs more than the random writes it saves. */
export const BULK_LOAD_FROM = 20_000;

/**
 * True when this run loads in bulk: it already did (resumed after a crash or a stop), or it has many rows to
 * go and they outnumber the live contacts — then it records and drops what it defers, in one transaction.
 */
export async function startBulkLoad(
  ctx: AppContext,
  job: repo.ImportRow,
  rowsToGo: number,
  minRows = BULK_LOAD_FROM,
): Promise<boolean> {
  if (!bulkLoadsDeferIndexes(ctx.db) || job.dry_run === 1) return false;
  const mine = await ctx.db
    .selectFrom('deferred_builds')
    .select('name')
    .where('import_id', '=', job.id)
    .executeTakeFirst();
  if (mine) return true;
  if (rowsToGo < minRows) return false;
  if (rowsToGo < (await countLiveContacts(ctx.db))) return false;
  const at = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    // Contact ids are time-ordered: every contact this load creates has an id from this one on.
    await trx
      .insertInto('deferred_builds')
      .values({
        name: `search_terms:${job.id}`,
        kind: 'search_terms',
        definition: newId(),
        import_id: job.id,
        deferred_at: at,
      })
      .execute();
    await deferIndexes(trx, 'contacts', LOAD_DEFERRED_INDEXES, job.id, at);
  });
  return true;
}

/**
 * Builds what the given loads deferred (one import's, or every load whose import no longer runs), one piece a
 * transaction, so a crash midway leaves the rest recorded. `between` runs after each (the job's heartbeat).
 */
export async function finishBulkLoads(
  ctx: AppContext,
  scope: { importId: string } | 'orphaned',
  between?: () => Promise<void>,
): Promise<number> {
  if (!bulkLoadsDeferIndexes(ctx.db)) return 0;
  let q = ctx.db
    .selectFrom('deferred_builds')
    .select(['name', 'kind', 'definition'])
    .orderBy('kind')
    .orderBy('name');
  q =
    scope === 'orphaned'
      ? q.where('import_id', 'not in', (eb) =>
          eb.selectFrom('imports').select('id').where('status', 'in', ['running', 'queued']),
        )
      : q.where('import_id', '=', scope.importId);
  const builds = await q.execute();
  if (builds.length === 0) return 0;
  await withPragmas(ctx.db, BULK_BUILD_PRAGMAS, async () => {
    for (const b of builds) {
      if (b.kind === 'index') await buildDeferredIndex(ctx.db, b.name, b.definition);
      else
        await ctx.db.transaction().execute(async (trx) => {
          await buildSearchTermsFromDocuments(trx, b.definition);
          await trx.deleteFrom('deferred_builds').where('name', '=', b.name).execute();
        });
      await between?.();
    }
  });
  return builds.length;
}

/** Builds what this import deferred, keeping its heartbeat fresh between the pieces (each takes seconds). */
export function finishImportLoad(ctx: AppContext, job: repo.ImportRow): Promise<number> {
  return finishBulkLoads(ctx, { importId: job.id }, async () => {
    if (job.claim_token) await repo.touchHeartbeat(ctx.db, job.id, job.claim_token, isoNow(ctx.clock));
  });
}
