import { Worker } from 'node:worker_threads';
import { CsvReadError } from './csv/reader';
import type { PrepareArgs, PreparedBatch } from './prepare-batches';

// Reading, parsing and normalizing rows (csv-parse, zod, libphonenumber) is about a third of a bulk load's
// JavaScript; on a worker thread it runs on the other core while the job writes the previous batch (decision
// 027). The bundled server builds prepare-worker.ts as dist/server/import-worker.js (scripts/build-server.mjs);
// from TypeScript sources (tests, `tsx`) the worker loads the .ts file through tsx.
const fromSources = import.meta.url.endsWith('.ts');
const workerUrl = fromSources
  ? new URL('./prepare-worker.ts', import.meta.url)
  : new URL('./import-worker.js', import.meta.url);

/** Below this many rows, starting a thread (and loading the normalizers into it) costs more than it saves. */
export const PREPARE_IN_WORKER_FROM = 20_000;

type Reply =
  | { done: true }
  | { batch: PreparedBatch }
  | { error: { message: string; csvLine?: number | null } };

// It holds one batch in hand and one being sent: a small heap keeps the import inside its memory budget.
const resourceLimits = { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8 };

/** The same batches as prepareBatches, prepared one batch ahead on a worker thread. */
export async function* prepareBatchesInWorker(args: PrepareArgs): AsyncGenerator<PreparedBatch> {
  const worker = fromSources
    ? new Worker(
        `import('tsx/esm/api').then((tsx) => tsx.tsImport(${JSON.stringify(workerUrl.href)}, ${JSON.stringify(import.meta.url)}))`,
        { eval: true, workerData: args, resourceLimits },
      )
    : new Worker(workerUrl, { workerData: args, resourceLimits });
  let settle: { resolve: (r: Reply) => void; reject: (e: Error) => void } | null = null;
  worker.on('message', (r: Reply) => settle?.resolve(r));
  worker.on('error', (err) => settle?.reject(err));
  worker.on('exit', (code) =>
    settle?.reject(new Error(`The import's reader thread stopped (exit ${code}).`)),
  );
  const request = () => {
    const reply = new Promise<Reply>((resolve, reject) => {
      settle = { resolve, reject };
    });
    reply.catch(() => {}); // a request left pending when the caller stops early must not go unhandled
    worker.postMessage('next');
    return reply;
  };
  try {
    let pending = request();
    for (;;) {
      const reply = await pending;
      if ('done' in reply) return;
      if ('error' in reply) {
        const { message, csvLine } = reply.error;
        throw csvLine !== undefined ? new CsvReadError(message, csvLine) : new Error(message);
      }
      pending = request(); // the worker prepares the next batch while the caller writes this one
      yield reply.batch;
    }
  } finally {
    settle = null;
    await worker.terminate();
  }
}
