import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type SQLite from 'better-sqlite3';

// Runs in the worker, on its own connection to the same file. A PASSIVE checkpoint never blocks the app's
// writer or readers; it copies what it can and the next one picks up the rest.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const SQLite = require(workerData.driver);
const db = new SQLite(workerData.file);
db.pragma('busy_timeout = 1000');
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch (err) { parentPort.postMessage(String(err)); }
}, workerData.intervalMs);
parentPort.on('message', () => { clearInterval(timer); db.close(); process.exit(0); });
`;

/**
 * Moves WAL checkpoints off the event loop (decision 013). SQLite's automatic checkpoint runs inside the commit
 * that crosses 1,000 WAL pages: it copies those pages into the database file and fsyncs, on the thread that
 * serves requests — at 1M contacts most of a claim's commit time. Here the app's connection stops
 * checkpointing and a worker thread checkpoints every `intervalMs` instead. If the worker fails, automatic
 * checkpoints come back on, so the WAL never grows without bound. Returns a function that stops the worker.
 */
export function startBackgroundCheckpoints(
  database: SQLite.Database,
  file: string,
  intervalMs = 200,
): () => Promise<void> {
  database.pragma('wal_autocheckpoint = 0');
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(workerSource, { eval: true, workerData: { driver, file, intervalMs } });
  worker.unref();
  let stopping = false;
  const fallBack = (why: string) => {
    if (stopping) return;
    console.error(`SQLite background checkpoints stopped (${why}); back to automatic checkpoints.`);
    if (database.open) database.pragma('wal_autocheckpoint = 1000');
  };
  worker.on('message', (m) => console.error(`SQLite background checkpoint failed: ${m}`));
  worker.on('error', (err) => fallBack(err.message));
  worker.on('exit', (code) => fallBack(`exit ${code}`));
  return async () => {
    stopping = true;
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    // Unref'd so that it never keeps the process up by itself; while we wait for it to stop it must, or a
    // process with nothing else left to do (a CLI run) exits mid-await with code 13 and skips the final close.
    worker.ref();
    worker.postMessage('stop');
    await exited;
  };
}
