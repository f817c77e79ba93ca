import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { databaseName, hasOneConnection } from '../db/capabilities';
import { createDb, migrateToLatest } from '../db/create-db';
import { buildApp } from './app';
import { SettableClock, systemClock } from './clock';
import { type Config, loadConfig } from './config';
import type { AppContext } from './context';
import { jobDefinitions } from './jobs/index';
import { startJobRunner } from './jobs/runner';
import { pruneAuthTables } from './modules/auth';
import { ensureStarterTemplates } from './modules/email';
import { startReportPool } from './modules/reports';
import { countUsers } from './modules/users';
import { seedDemo } from './seed/demo';
import { DEMO_PASSWORD, demoPeople } from './seed/factories';

const HOUR = 3_600_000;

/** Works from the source tree (tsx) and from the bundle in dist/server: both sit two levels below the root. */
export function defaultWebRoot(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '../../dist/web');
}

export type Server = { app: FastifyInstance; ctx: AppContext; url: string; close: () => Promise<void> };

/** config → db → migrate → (demo seed) → listen. */
export async function startServer(opts: { demo?: boolean; config?: Config } = {}): Promise<Server> {
  const config = opts.config ?? loadConfig(process.env, defaultWebRoot());
  const database = createDb(config.databaseUrl, { backgroundCheckpoints: true });
  // Tests (the e2e server) get a clock they can move forward with POST /api/test/clock; nothing else does.
  const clock = config.env === 'test' ? new SettableClock() : systemClock;
  const ctx: AppContext = { db: database.db, clock, config };
  await migrateToLatest(ctx.db);
  // Reports on their own threads and read connections (SQLite, built server only; decision 025).
  if (hasOneConnection(database.db))
    ctx.reportPool = startReportPool(
      join(dirname(fileURLToPath(import.meta.url)), 'report-worker.js'),
      config.databaseUrl,
      config.reportWorkers,
    );
  const seeded = opts.demo ? await seedDemo(ctx) : undefined;
  // Every database, demo or real, starts with the team's three email templates (decision 011).
  await ensureStarterTemplates(ctx);
  const app = await buildApp(ctx);
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '127.0.0.1' || config.host === '0.0.0.0' ? 'localhost' : config.host;
  const url = `http://${shownHost}:${port}`;

  const prune = setInterval(
    () => pruneAuthTables(ctx).catch((err) => app.log.error({ err }, 'prune failed')),
    HOUR,
  );
  prune.unref();
  const jobs = startJobRunner(ctx, jobDefinitions, { log: app.log });

  printBanner(
    url,
    databaseName(database.db),
    seeded?.seeded === true || (opts.demo ?? false),
    await countUsers(ctx.db),
  );
  let closing: Promise<void> | undefined;
  const close = () => {
    // app.close() stops accepting connections and waits for in-flight requests before the db goes.
    closing ??= (async () => {
      clearInterval(prune);
      await jobs.stop();
      await app.close();
      await ctx.reportPool?.close();
      await database.close();
    })();
    return closing;
  };
  return { app, ctx, url, close };
}

function printBanner(url: string, database: string, demo: boolean, users: number): void {
  const lines = [`Lowboy is running at ${url} (database: ${database})`];
  if (demo) {
    lines.push('', `Demo sign-ins (password: ${DEMO_PASSWORD}):`);
    for (const p of demoPeople) lines.push(`  ${p.email.padEnd(28)} ${p.name} (${p.role})`);
  } else if (users === 0) {
    lines.push(
      '',
      'No users yet. Create the first admin:',
      '  npm run lowboy -- users create --role admin --name "Your Name" --email you@example.com',
    );
  }
  console.log(lines.join('\n'));
}
