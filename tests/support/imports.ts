import { randomBytes } from 'node:crypto';
import { copyFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Actor, AppContext } from '../../src/server/context';
import { newId } from '../../src/server/ids';
import type { JobOptions } from '../../src/server/modules/imports/job-options';
import { createLegacyImport, type LegacyLaunch } from '../../src/server/modules/imports/legacy/service';
import * as repo from '../../src/server/modules/imports/repo';
import { processImport, STALE_AFTER_MS } from '../../src/server/modules/imports/run-import';
import { createCsvImport } from '../../src/server/modules/imports/service';
import { csvFileName, legacyFileNames, makeImportFolder } from '../../src/server/modules/imports/storage';
import type { ColumnMapping, DedupePolicy } from '../../src/shared/imports';

// Helpers for the importer's tests: the same service calls the routes and the CLI make.

export const fixture = (name: string) => resolve(import.meta.dirname, '../fixtures/imports', name);
/** The customer's old-dashboard sample files (tests/fixtures/imports/legacy-samples/README.md). */
export const legacySamples = fixture('legacy-samples');

export type CsvSource = { path: string } | { text: string | Buffer };

/** Stores the file like an upload would and queues the import (the test then runs the jobs). */
export async function queueCsvImport(
  ctx: AppContext,
  actor: Actor,
  source: CsvSource,
  launch: { dedupe?: DedupePolicy; dryRun?: boolean; mapping?: ColumnMapping } = {},
) {
  const importId = newId();
  const target = join(await makeImportFolder(ctx.config, importId), csvFileName);
  if ('path' in source) await copyFile(source.path, target);
  else await writeFile(target, source.text);
  const fileName = 'path' in source ? source.path.split('/').at(-1)! : 'leads.csv';
  return createCsvImport(
    ctx,
    actor,
    { importId, fileName, size: 1 },
    { start: true, dedupe: launch.dedupe ?? 'skip', dryRun: launch.dryRun ?? false, mapping: launch.mapping },
  );
}

export async function queueLegacyImport(
  ctx: AppContext,
  actor: Actor,
  folder: string,
  launch: LegacyLaunch = {},
) {
  const importId = newId();
  const target = await makeImportFolder(ctx.config, importId);
  for (const name of Object.values(legacyFileNames)) await copyFile(join(folder, name), join(target, name));
  return createLegacyImport(ctx, actor, { importId, fileName: 'legacy dashboard files', size: 1 }, launch);
}

/** A multipart/form-data body for app.inject. */
export function multipart(
  files: { field: string; name: string; content: string | Buffer }[],
  fields: Record<string, string> = {},
) {
  const boundary = `----lowboy${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  for (const f of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.field}"; filename="${f.name}"\r\n` +
          'Content-Type: text/csv\r\n\r\n',
      ),
      Buffer.isBuffer(f.content) ? f.content : Buffer.from(f.content),
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export function actorOf(user: { id: string; name?: string }, role: Actor['role'] = 'manager'): Actor {
  return { id: user.id, name: user.name ?? 'Test Manager', role, ip: null };
}

/**
 * Claims the queued import and runs it until `beforeCommit` of batch `n` throws (the runner dies mid-batch).
 * Returns the error the run ended with (tests expect 'power cut').
 */
export async function crashImportAtBatch(ctx: AppContext, n: number, opts: JobOptions): Promise<unknown> {
  const now = ctx.clock.now();
  const job = await repo.claimNextImport(ctx.db, {
    token: 'doomed-runner',
    now: now.toISOString(),
    staleBefore: new Date(now.getTime() - STALE_AFTER_MS).toISOString(),
  });
  const beforeCommit = (b: number) => {
    if (b === n) throw new Error('power cut');
  };
  return processImport(ctx, job!, { ...opts, beforeCommit }).then(
    () => new Error('the run did not crash'),
    (err: unknown) => err,
  );
}
