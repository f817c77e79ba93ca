// `node --import tsx bench/import.ts [--rows 100000] [--dedupe skip|fill|create] [--duplicates 0.03]
//   [--db sqlite:FILE|postgres://…/EMPTY_DB]`
// Times a CSV import end to end on a fresh database (a temporary SQLite file unless --db names an empty one), the way `lowboy import csv` runs it: store the file,
// read it through (encoding, delimiter, row count, preview), then the job in batches with duplicate matching.
// Prints the figures and the peak RSS of the process (issue 3: 100k rows ≤ 15 s; 1M rows ≤ 150 s, ≤ 600 MB).
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { createDb, migrateToLatest, sqlitePath } from '../src/db/create-db';
import { loadConfig } from '../src/server/config';
import { inProcessContext } from '../src/server/context';
import { newId } from '../src/server/ids';
import {
  createCsvImport,
  csvFileName,
  findImportById,
  getImport,
  makeImportFolder,
  runClaimedImport,
} from '../src/server/modules/imports';
import { makeUser } from '../src/server/seed/factories';
import { dedupePolicySchema } from '../src/shared/imports';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    dedupe: { type: 'string', default: 'skip' },
    duplicates: { type: 'string', default: '0.03' },
    batch: { type: 'string', default: '5000' },
    // Import into this (empty) database instead of a temporary SQLite file; it is kept (for the query benches).
    db: { type: 'string' },
  },
});
const rows = Number(values.rows);
const dedupe = dedupePolicySchema.parse(values.dedupe);
const dir = await mkdtemp(join(tmpdir(), 'lowboy-bench-import-'));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

try {
  const csv = join(dir, 'leads.csv');
  let t = performance.now();
  // In a child process: the import's peak RSS is then what `lowboy import csv` holds, not the generator's heap.
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      join(import.meta.dirname, 'generate-leads.ts'),
      '--contacts',
      String(rows),
      '--out',
      csv,
      '--duplicates',
      values.duplicates,
    ],
    { stdio: 'ignore' },
  );
  console.log(
    `generated ${rows.toLocaleString('en-US')} rows (${mb((await stat(csv)).size)}) in ${seconds(performance.now() - t)}`,
  );

  const config = loadConfig({
    DATABASE_URL: values.db ?? `sqlite:${join(dir, 'bench.db')}`,
    IMPORTS_DIR: join(dir, 'imports'),
  });
  // As `lowboy import` and the server open it: WAL checkpoints on a worker thread (decision 013).
  const database = createDb(config.databaseUrl, { backgroundCheckpoints: true });
  await migrateToLatest(database.db);
  for (const p of (process.env.PRAGMAS ?? '').split(';').filter(Boolean))
    await sql.raw(`pragma ${p}`).execute(database.db);
  const ctx = inProcessContext(database.db, config);
  const manager = await makeUser(ctx, { role: 'manager' });
  const rssBefore = process.resourceUsage().maxRSS * 1024;

  t = performance.now();
  const importId = newId();
  const claimToken = newId();
  await copyFile(csv, join(await makeImportFolder(config, importId), csvFileName));
  await createCsvImport(
    ctx,
    { id: manager.id, name: manager.name, role: 'manager', ip: null },
    { importId, fileName: 'leads.csv', size: rows },
    { start: true, dedupe, dryRun: false, claimToken },
  );
  const inspected = performance.now() - t;
  const peak = { rss: 0, heapTotal: 0, heapUsed: 0, external: 0 };
  await runClaimedImport(ctx, (await findImportById(ctx.db, importId))!, {
    log: { error: (obj, msg) => console.error(msg, obj) },
    batchSize: Number(values.batch),
    // Where the memory is, at its largest after a batch (the RSS peak itself is maxRSS below).
    onProgress: () => {
      const m = process.memoryUsage();
      for (const k of ['rss', 'heapTotal', 'heapUsed', 'external'] as const)
        peak[k] = Math.max(peak[k], m[k]);
    },
  });
  const total = performance.now() - t;
  const result = await getImport(ctx, null, importId);
  await database.close();

  console.log(`import (dedupe ${dedupe}): ${result.status} in ${seconds(total)} end to end`);
  console.log(
    `  of which reading the upload through (encoding, delimiter, count, preview): ${seconds(inspected)}`,
  );
  console.log(
    `  ${Math.round(rows / (total / 1000)).toLocaleString('en-US')} rows/s; counts ${JSON.stringify(result.counts)}`,
  );
  console.log(
    `  peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} (before the import: ${mb(rssBefore)})`,
  );
  console.log(
    `  after a batch, at most: RSS ${mb(peak.rss)}, V8 heap ${mb(peak.heapTotal)} (used ${mb(peak.heapUsed)}), external ${mb(peak.external)}`,
  );
  if (database.dialect === 'sqlite')
    console.log(`  database ${mb((await stat(sqlitePath(config.databaseUrl))).size)}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
