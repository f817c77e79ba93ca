import { createDb, type DbOptions, migrateToLatest } from '../../db/create-db';
import { loadConfig } from '../../server/config';
import { type AppContext, inProcessContext } from '../../server/context';

/** Opens and migrates the configured database for a one-shot command, closing it afterwards. */
export async function withContext<T>(fn: (ctx: AppContext) => Promise<T>, opts: DbOptions = {}): Promise<T> {
  const config = loadConfig();
  const database = createDb(config.databaseUrl, opts);
  try {
    const ctx = inProcessContext(database.db, config);
    await migrateToLatest(ctx.db);
    return await fn(ctx);
  } finally {
    await database.close();
  }
}
