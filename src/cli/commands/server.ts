import { createDb, migrateToLatest } from '../../db/create-db';
import { loadConfig } from '../../server/config';
import { startServer } from '../../server/main';
import { seedDemo } from '../../server/seed/demo';
import { withContext } from './context';

/** Runs until SIGTERM/SIGINT, then drains requests and closes the database. Returns -1: exit code set later. */
export async function runServe(demo: boolean): Promise<number> {
  const server = await startServer({ demo });
  const stop = (signal: string) => {
    server.app.log.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (err) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  return -1;
}

export async function runMigrate(): Promise<number> {
  const config = loadConfig();
  const database = createDb(config.databaseUrl);
  try {
    const applied = await migrateToLatest(database.db);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
    return 0;
  } finally {
    await database.close();
  }
}

export async function runSeed(demo: boolean): Promise<number> {
  if (!demo) {
    console.error('Say what to seed: `lowboy seed --demo` loads the demo organisation.');
    return 1;
  }
  const result = await withContext(seedDemo);
  console.log(
    result.seeded
      ? 'Loaded the demo organisation Heavy Haulers Logistics.'
      : `Nothing seeded: ${result.reason}.`,
  );
  return 0;
}
