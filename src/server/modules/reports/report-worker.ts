// A report worker thread (decision 025): its own read connection to the SQLite file, so a 12-month report runs
// beside the server's one connection instead of holding it — reps' claims and calls are not queued behind a
// manager's reports, and two reports use both cores. Bundled as dist/server/report-worker.js.
import { parentPort, workerData } from 'node:worker_threads';
import { createDb } from '../../../db/create-db';
import type { ReportName } from '../../../shared/deals';
import type { ErrorCode } from '../../../shared/error-codes';
import { loadConfig } from '../../config';
import type { Actor, AppContext } from '../../context';
import { AppError } from '../../errors';
import { createLocalBus } from '../../plugins/realtime-bus';
import { reports } from './catalog';
import type { ReportQuery } from './scope';

export type ReportJob = { id: number; name: ReportName; actor: Actor; query: ReportQuery; now: string };
export type ReportReply =
  | { id: number; result: unknown }
  // code null: not an AppError (a bug or a crash), shown to the client only as internal_error.
  | { id: number; error: { statusCode: number; code: ErrorCode | null; message: string; details?: unknown } };

const { url } = workerData as { url: string };
const database = createDb(url, { cacheMiB: 64 });
const config = loadConfig({ DATABASE_URL: url });
// Reports publish nothing; the context still has a bus, one nobody listens to.
const events = createLocalBus();

parentPort?.on('message', async (job: ReportJob) => {
  // The server's clock, as of the request (tests move it).
  const ctx: AppContext = {
    db: database.db,
    clock: { now: () => new Date(job.now) },
    config,
    events,
    reportPool: null,
  };
  try {
    const result = await reports[job.name].run(ctx, job.actor, job.query);
    parentPort?.postMessage({ id: job.id, result } satisfies ReportReply);
  } catch (err) {
    const e =
      err instanceof AppError
        ? { statusCode: err.statusCode, code: err.code, message: err.message, details: err.details }
        : { statusCode: 500, code: null, message: err instanceof Error ? err.message : String(err) };
    parentPort?.postMessage({ id: job.id, error: e } satisfies ReportReply);
  }
});
