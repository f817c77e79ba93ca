import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { ReportName } from '../../../shared/deals';
import type { Actor, AppContext, ReportRunner } from '../../context';
import { AppError } from '../../errors';
import { reports } from './catalog';
import type { ReportReply } from './report-worker';
import type { ReportQuery } from './scope';

export type ReportPool = ReportRunner & {
  /** Starts the workers now instead of at the first report (the server calls it once it is listening). */
  warm: () => void;
};

/**
 * Report workers on SQLite (decision 025): each report runs on the least busy worker's own read connection. Only
 * where the bundled worker file exists (the built server); from source the reports run in the server's thread.
 * The threads start at the first report or `warm()`, not here: loading them costs start-up ~0.3 s of CPU.
 */
export function startReportPool(workerFile: string, url: string, size: number): ReportPool | null {
  if (size < 1 || !existsSync(workerFile)) return null;
  type Slot = { worker: Worker; busy: number; waiting: Map<number, (r: ReportReply) => void> };
  let nextId = 0;
  let slots: Slot[] | undefined;
  const startSlot = (): Slot => {
    const slot: Slot = {
      worker: new Worker(workerFile, { workerData: { url } }),
      busy: 0,
      waiting: new Map(),
    };
    slot.worker.on('message', (r: ReportReply) => {
      slot.busy--;
      slot.waiting.get(r.id)?.(r);
      slot.waiting.delete(r.id);
    });
    slot.worker.on('error', (err) => {
      // A crashed worker fails its requests (500); the others go on.
      for (const settle of slot.waiting.values())
        settle({ id: -1, error: { statusCode: 500, code: null, message: err.message } });
      slot.waiting.clear();
      slot.busy = Number.POSITIVE_INFINITY;
    });
    return slot;
  };
  const started = () => {
    slots ??= Array.from({ length: size }, startSlot);
    return slots;
  };
  return {
    warm: () => void started(),
    run: (name, actor, query, now) => {
      const slot = started().reduce((a, b) => (b.busy < a.busy ? b : a));
      if (!Number.isFinite(slot.busy))
        throw new AppError(503, 'reports_unavailable', 'Reports are restarting.');
      const id = nextId++;
      slot.busy++;
      return new Promise((resolve, reject) => {
        slot.waiting.set(id, (r) =>
          'error' in r
            ? reject(
                r.error.code
                  ? new AppError(r.error.statusCode, r.error.code, r.error.message, r.error.details)
                  : new Error(r.error.message),
              )
            : resolve(r.result),
        );
        slot.worker.postMessage({ id, name, actor, query, now: now.toISOString() });
      });
    },
    close: async () => {
      await Promise.all((slots ?? []).map((s) => s.worker.terminate()));
    },
  };
}

/** A report on the context's worker pool when it has one, else in this thread. */
export function runReport(ctx: AppContext, name: ReportName, actor: Actor, query: ReportQuery) {
  return ctx.reportPool
    ? ctx.reportPool.run(name, actor, query, ctx.clock.now())
    : reports[name].run(ctx, actor, query);
}
