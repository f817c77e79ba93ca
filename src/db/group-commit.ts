import type { Db } from './types';

// Group commit on SQLite (decisions 013, 020): writes that arrive while the one connection is busy run one after
// another in a single transaction, committed together. Each still sees the ones before it (one writer), so
// conditional UPDATEs stay exact; each answer waits for the commit that made its write durable.
type Waiting = {
  work: (trx: Db) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
};
const waitingByDb = new WeakMap<Db, Waiting[]>();

/**
 * Runs `work` in the next group transaction of this SQLite database. `work` must leave no trace when it decides
 * not to write (return a value saying so, don't throw): a throw rolls the whole group back, and then each member
 * is run alone in its own transaction, so only the failing one fails.
 */
export function inGroupCommit<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let waiting = waitingByDb.get(db);
    if (!waiting) {
      waiting = [];
      waitingByDb.set(db, waiting);
      setImmediate(() => void commitGroup(db));
    }
    waiting.push({ work, resolve: resolve as (value: unknown) => void, reject });
  });
}

async function commitGroup(db: Db): Promise<void> {
  const group = waitingByDb.get(db) ?? [];
  waitingByDb.delete(db); // later arrivals form the next group, which waits for this one's connection
  try {
    const results = await db.transaction().execute(async (trx) => {
      const out: unknown[] = [];
      for (const w of group) out.push(await w.work(trx));
      return out;
    });
    for (const [i, w] of group.entries()) w.resolve(results[i]);
  } catch (err) {
    if (group.length === 1) {
      group[0]!.reject(err);
      return;
    }
    // One member failed and rolled the group back with it: run each alone, so only that one fails.
    for (const w of group)
      await db
        .transaction()
        .execute((trx) => w.work(trx))
        .then(w.resolve, w.reject);
  }
}
