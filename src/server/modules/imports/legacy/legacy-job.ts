import { isoNow } from '../../../clock';
import type { AppContext } from '../../../context';
import { newId } from '../../../ids';
import { inputOf } from '../../contacts';
import { insertTimelineEvents, type TimelineEventInput } from '../../timeline';
import { type JobOptions, type JobOutcome, LostClaim } from '../job-options';
import * as repo from '../repo';
import { legacyFileNames, storedPath } from '../storage';
import { createImportedContacts, fillExistingContacts } from '../write-batch';
import { type LegacyEntry, type LegacyIssue, resolveLegacyData } from './entries';
import { type LegacyPlan, planLegacyBatch } from './plan';
import { readLegacyFiles } from './read-files';
import * as legacyRepo from './repo';

export type LegacyOptions = { reps: Record<string, string | null>; timeZone: string };

/**
 * Runs (or resumes) a claimed legacy import: the three files are joined in memory, then the contacts are written
 * in batches, each one transaction with the job's resume offset (as CSV imports). Problems found while joining
 * (unknown ids…) are reported with the first batch.
 */
export async function processLegacyImport(
  ctx: AppContext,
  job: repo.ImportRow,
  opts: JobOptions,
): Promise<JobOutcome> {
  const options = JSON.parse(job.options!) as LegacyOptions;
  const folder = storedPath(ctx.config, job.storage_path);
  const data = await readLegacyFiles({
    contacts: `${folder}/${legacyFileNames.contacts}`,
    assignments: `${folder}/${legacyFileNames.assignments}`,
    activities: `${folder}/${legacyFileNames.activities}`,
  });
  const { entries, issues } = resolveLegacyData(data, options);
  let offset = job.resume_offset;
  if (job.dry_run === 1 && offset > 0) {
    if (!(await repo.restartProgress(ctx.db, job.id, job.claim_token!, isoNow(ctx.clock)))) return 'lost';
    offset = 0;
  }
  const batchSize = opts.batchSize ?? 500;
  let batchNo = 0;
  do {
    const batch = entries.slice(offset, offset + batchSize);
    batchNo += 1;
    // The first batch also carries what joining the files rejected (those records count as processed).
    const first = offset === 0 ? { issues, records: data.contacts.length - entries.length } : noExtras;
    if (!(await commitLegacyBatch(ctx, job, batch, first, offset + batch.length, batchNo, opts)))
      return 'lost';
    offset += batch.length;
    await opts.onProgress?.(offset);
    if (opts.signal?.aborted && offset < entries.length) return 'stopped';
  } while (offset < entries.length);
  return 'done';
}

const noExtras = { issues: [] as LegacyIssue[], records: 0 };

async function commitLegacyBatch(
  ctx: AppContext,
  job: repo.ImportRow,
  batch: LegacyEntry[],
  first: { issues: LegacyIssue[]; records: number },
  offsetAfter: number,
  batchNo: number,
  opts: JobOptions,
): Promise<boolean> {
  const at = isoNow(ctx.clock);
  const write = { importId: job.id, actorId: job.created_by, at };
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const found = await legacyRepo.findContactsByLegacyIds(
        trx,
        batch.map((e) => e.legacyId),
      );
      const existing = new Map(found.map((c) => [c.legacy_id!, c]));
      const notes = await legacyRepo.findLegacyNoteBodies(
        trx,
        found.map((c) => c.id),
      );
      const plan = planLegacyBatch(batch, existing, notes, inputOf);
      let lostRaces = 0;
      if (job.dry_run === 0) lostRaces = await writeLegacyPlan(trx, write, plan);
      const issues = [...first.issues, ...plan.issues];
      await repo.insertIssues(
        trx,
        issues.map((i) => ({ ...i, id: newId(), import_id: job.id, line: null })),
      );
      await opts.beforeCommit?.(batchNo);
      const delta = {
        processed: batch.length + first.records,
        created: plan.creates.length,
        updated: plan.updated - lostRaces,
        skipped: plan.unchanged + lostRaces,
        rejected: issues.filter((i) => i.outcome === 'rejected').length,
        warnings: issues.filter((i) => i.outcome === 'warning').length,
      };
      if (!(await repo.commitProgress(trx, job.id, job.claim_token!, delta, offsetAfter, at)))
        throw new LostClaim();
    });
    return true;
  } catch (err) {
    if (err instanceof LostClaim) return false;
    throw err;
  }
}

async function writeLegacyPlan(
  trx: AppContext['db'],
  write: { importId: string; actorId: string | null; at: string },
  plan: LegacyPlan,
): Promise<number> {
  const created = await createImportedContacts(trx, write, plan.creates);
  const lost = await fillExistingContacts(trx, write, plan.fills);
  const events: TimelineEventInput[] = [];
  const note = (
    contactId: string,
    companyId: string | null,
    n: { body: string; at: string | null; actorId: string | null },
  ) =>
    events.push({
      kind: 'note',
      contactId,
      companyId,
      actorId: n.actorId,
      data: { body: n.body, legacy: true, importId: write.importId },
      at: n.at ?? write.at,
    });
  plan.creates.forEach((c, i) => {
    if (c.note) note(created[i]!.id, created[i]!.companyId, c.note);
  });
  for (const n of plan.notes) note(n.contactId, n.companyId, n.note);
  await insertTimelineEvents(trx, events);
  const details = new Map<string, LegacyEntry['company']>();
  plan.creates.forEach((c, i) => {
    if (created[i]!.companyId) details.set(created[i]!.companyId!, c.company);
  });
  for (const f of plan.fills) if (f.contact.company_id) details.set(f.contact.company_id, f.company);
  const companies = await legacyRepo.fillCompanyDetails(trx, details, write.at);
  await insertTimelineEvents(
    trx,
    companies.map((c) => ({
      kind: 'company.updated',
      companyId: c.id,
      actorId: write.actorId,
      data: { changes: c.changes, importId: write.importId },
      at: write.at,
    })),
  );
  return lost.length;
}
