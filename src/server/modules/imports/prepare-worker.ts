import { parentPort, workerData } from 'node:worker_threads';
import { CsvReadError } from './csv/reader';
import { type PrepareArgs, prepareBatches } from './prepare-batches';

// Worker-thread side of prepare-in-worker.ts: one prepared batch per 'next' request, so the worker stays one
// batch ahead of the writer and never holds more than that.
const batches = prepareBatches(workerData as PrepareArgs);
parentPort!.on('message', async () => {
  try {
    const next = await batches.next();
    parentPort!.postMessage(next.done ? { done: true } : { batch: next.value });
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    parentPort!.postMessage({
      error: { message: e.message, csvLine: err instanceof CsvReadError ? err.line : undefined },
    });
  }
});
