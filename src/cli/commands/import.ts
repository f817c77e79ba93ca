import { copyFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { AppContext } from '../../server/context';
import { AppError } from '../../server/errors';
import { newId } from '../../server/ids';
import {
  createCsvImport,
  createLegacyImport,
  csvFileName,
  findImportById,
  getImport,
  importReport,
  legacyFileNames,
  makeImportFolder,
  runClaimedImport,
} from '../../server/modules/imports';
import { findUserByEmail } from '../../server/modules/users';
import { dedupePolicySchema, type Import } from '../../shared/imports';
import { withContext } from './context';

export type ImportFlags = {
  dedupe?: string;
  'dry-run'?: boolean;
  report?: string;
  contacts?: string;
  assignments?: string;
  activities?: string;
  rep?: string[];
  'time-zone'?: string;
};

const USAGE = `Usage:
  lowboy import csv FILE [--dedupe skip|fill|create] [--dry-run] [--report OUT.csv]
  lowboy import legacy --contacts F --assignments F --activities F [--rep rep1=alex@example.com …]
                       [--time-zone America/Chicago] [--dry-run] [--report OUT.csv]`;

/** Runs the import in this process (same code and report as the web); 0 when it ran, 1 when it couldn't. */
export async function runImport(
  sub: string | undefined,
  files: string[],
  flags: ImportFlags,
): Promise<number> {
  if (sub === 'csv' && files.length === 1) return importCsv(files[0]!, flags);
  if (sub === 'legacy' && flags.contacts && flags.assignments && flags.activities) return importLegacy(flags);
  console.error(USAGE);
  return 1;
}

async function importCsv(file: string, flags: ImportFlags): Promise<number> {
  const dedupe = dedupePolicySchema.safeParse(flags.dedupe ?? 'skip');
  if (!dedupe.success) return usageError(`--dedupe must be skip, fill or create.`);
  if (!(await readable(file))) return usageError(`Cannot read ${file}.`);
  return withContext(
    (ctx) =>
      runStored(ctx, flags, async (importId, claimToken) => {
        const folder = await makeImportFolder(ctx.config, importId);
        await copyFile(file, join(folder, csvFileName));
        const size = (await stat(file)).size;
        const launch = {
          start: true as const,
          dedupe: dedupe.data,
          dryRun: flags['dry-run'] ?? false,
          claimToken,
        };
        await createCsvImport(ctx, null, { importId, fileName: basename(file), size }, launch);
      }),
    importDb,
  );
}

async function importLegacy(flags: ImportFlags): Promise<number> {
  const sources = {
    contacts: flags.contacts!,
    assignments: flags.assignments!,
    activities: flags.activities!,
  };
  for (const f of Object.values(sources)) if (!(await readable(f))) return usageError(`Cannot read ${f}.`);
  return withContext(async (ctx) => {
    const reps: Record<string, string | null> = {};
    for (const pair of flags.rep ?? []) {
      const [rep, email] = pair.split('=');
      const user = email ? await findUserByEmail(ctx.db, email.trim().toLowerCase()) : undefined;
      if (!rep || (email && !user))
        return usageError(`--rep ${pair}: use rep1=someone@example.com (an existing user).`);
      reps[rep.trim()] = user?.id ?? null;
    }
    return runStored(ctx, flags, async (importId, claimToken) => {
      const folder = await makeImportFolder(ctx.config, importId);
      let size = 0;
      for (const key of ['contacts', 'assignments', 'activities'] as const) {
        await copyFile(sources[key], join(folder, legacyFileNames[key]));
        size += (await stat(sources[key])).size;
      }
      const launch = { reps, timeZone: flags['time-zone'], dryRun: flags['dry-run'] ?? false, claimToken };
      await createLegacyImport(ctx, null, { importId, fileName: 'legacy dashboard files', size }, launch);
    });
  }, importDb);
}

/** An import runs like the server runs it: WAL checkpoints on a worker thread, off the writer (decision 013). */
const importDb = { backgroundCheckpoints: true };

/**
 * Creates the import already claimed by this process (so a running server doesn't take it), runs it, prints
 * the report. If this process dies, the server's runner resumes the import once its heartbeat is stale.
 */
async function runStored(
  ctx: AppContext,
  flags: ImportFlags,
  store: (importId: string, claimToken: string) => Promise<void>,
): Promise<number> {
  const importId = newId();
  const claimToken = newId();
  try {
    await store(importId, claimToken);
  } catch (err) {
    if (err instanceof AppError) return usageError(err.message);
    throw err;
  }
  const job = (await findImportById(ctx.db, importId))!;
  const total = job.total_rows ?? 0;
  const showProgress = process.stderr.isTTY;
  await runClaimedImport(ctx, job, {
    onProgress: (n) => {
      if (showProgress)
        process.stderr.write(`\r${n.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} rows`);
    },
    log: { error: (obj, msg) => console.error(msg, obj) },
  });
  if (showProgress) process.stderr.write('\n');
  const result = await getImport(ctx, null, importId);
  console.log(formatReport(result));
  if (flags.report) {
    const report = await importReport(ctx, null, importId);
    let text = '';
    for await (const chunk of report.lines) text += chunk;
    await writeFile(flags.report, text);
    console.log(`Report written to ${flags.report}.`);
  }
  return result.status === 'done' ? 0 : 1;
}

export function formatReport(i: Import): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const kind = i.kind === 'csv' ? `CSV import of ${i.fileName}` : 'Legacy import';
  const lines = [
    `${kind}${i.dryRun ? ' (dry run: nothing was written)' : ''}: ${i.status}${i.error ? ` — ${i.error}` : ''}`,
    `  ${i.kind === 'csv' ? 'rows' : 'contacts'}: ${n(i.processedRows)}   created: ${n(i.counts.created)}   updated: ${n(i.counts.updated)}   ` +
      `${i.kind === 'csv' ? 'duplicates skipped' : 'unchanged'}: ${n(i.counts.skipped)}   rejected: ${n(i.counts.rejected)}` +
      (i.counts.warnings ? `   warnings: ${n(i.counts.warnings)}` : ''),
  ];
  for (const issue of i.issues.slice(0, 20)) {
    const where = issue.line !== null ? `line ${issue.line}` : (issue.ref ?? '');
    lines.push(`  ${issue.outcome.padEnd(8)} ${where}: ${issue.reason}`);
  }
  const total = i.counts.rejected + i.counts.warnings + (i.kind === 'csv' ? i.counts.skipped : 0);
  if (total > 20) lines.push(`  … ${n(total - 20)} more (--report FILE writes them all as CSV)`);
  return lines.join('\n');
}

async function readable(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

function usageError(message: string): number {
  console.error(message);
  return 1;
}
