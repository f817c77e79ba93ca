import { createDb, type DbOptions, migrateToLatest } from '../../db/create-db';
import { systemClock } from '../../server/clock';
import { loadConfig } from '../../server/config';
import type { AppContext } from '../../server/context';
import { createLocalBus } from '../../server/plugins/realtime-bus';

/** Opens and migrates the configured database for a one-shot command, closing it afterwards. */
export async function withContext<T>(fn: (ctx: AppContext) => Promise<T>, opts: DbOptions = {}): Promise<T> {
  const config = loadConfig();
  const database = createDb(config.databaseUrl, opts);
  try {
    // A command's events reach no one (no server streams here); reports run in this thread.
    const ctx: AppContext = {
      db: database.db,
      clock: systemClock,
      config,
      events: createLocalBus(),
      reportPool: null,
    };
    await migrateToLatest(ctx.db);
    return await fn(ctx);
  } finally {
    await database.close();
  }
}
