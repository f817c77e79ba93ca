import type { AppContext } from '../context';

type Log = { error: (obj: object, msg: string) => void };

/** One kind of background work: claim the next unit (atomically) and run it; false when there was none. */
export type JobDefinition = {
  name: string;
  runNext: (ctx: AppContext, opts: { signal: AbortSignal; log: Log }) => Promise<boolean>;
};

export type JobRunner = {
  /** Stops claiming, lets the job in hand finish its current batch and release itself, then resolves. */
  stop: () => Promise<void>;
};

/**
 * Polls the job tables while the app runs: whenever a definition finds work it runs it to its end and polls
 * again at once; when none does, it sleeps `pollMs`. Claims are conditional UPDATEs (FOR UPDATE SKIP LOCKED
 * on PostgreSQL), so several app instances can run runners side by side.
 */
export function startJobRunner(
  ctx: AppContext,
  jobs: JobDefinition[],
  opts: { log: Log; pollMs?: number },
): JobRunner {
  const pollMs = opts.pollMs ?? 1000;
  const abort = new AbortController();
  let wake: (() => void) | null = null;
  const sleep = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, pollMs);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const loop = (async () => {
    while (!abort.signal.aborted) {
      let worked = false;
      for (const job of jobs) {
        if (abort.signal.aborted) break;
        try {
          worked = (await job.runNext(ctx, { signal: abort.signal, log: opts.log })) || worked;
        } catch (err) {
          opts.log.error({ err, job: job.name }, 'job runner: claiming or running a job failed');
        }
      }
      if (!worked && !abort.signal.aborted) await sleep();
    }
  })();

  return {
    stop: async () => {
      abort.abort();
      wake?.();
      await loop;
    },
  };
}
