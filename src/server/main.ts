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
import { ensureStarterTemplates } from './modules/email';
import { startReportPool } from './modules/reports';
import { countUsers } from './modules/users';
import { createEventBus } from './plugins/realtime-bus';
import { installProcessGuard } from './process-guard';
import { seedDemo } from './seed/demo';
import { DEMO_PASSWORD, demoPeople } from './seed/factories';

/** Works from the source tree (tsx) and from the bundle in dist/server: both sit two levels below the root. */
export function defaultWebRoot(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '../../dist/web');
}

export type Server = { app: FastifyInstance; ctx: AppContext; url: string; close: () => Promise<void> };

/**
 * config → db → context (bus, report workers) → migrate → (demo seed) → app → listen → jobs → process guard.
 * The guard (process-guard.ts) decides what an error nothing caught does: one from a request is logged and the
 * server keeps serving; one from outside any request closes the server and exits 1. Test runners that embed the
 * server (the e2e suite) pass `processGuard: false` and report stray errors themselves.
 */
export async function startServer(
  opts: { demo?: boolean; config?: Config; processGuard?: boolean } = {},
): Promise<Server> {
  const config = opts.config ?? loadConfig(process.env, defaultWebRoot());
  const database = createDb(config.databaseUrl, { backgroundCheckpoints: true });
  let app: FastifyInstance | undefined;
  // Reports on their own threads and read connections (SQLite, built server only; decision 025).
  const reportPool = hasOneConnection(database.db)
    ? startReportPool(
        join(dirname(fileURLToPath(import.meta.url)), 'report-worker.js'),
        config.databaseUrl,
        config.reportWorkers,
      )
    : null;
  const ctx: AppContext = {
    db: database.db,
    // Tests (the e2e server) get a clock they can move forward with POST /api/test/clock; nothing else does.
    clock: config.env === 'test' ? new SettableClock() : systemClock,
    config,
    events: createEventBus(database.db, config.databaseUrl, (err) =>
      app ? app.log.error({ err }, 'event bus') : console.error('event bus:', err.message),
    ),
    reportPool,
  };
  await migrateToLatest(ctx.db);
  const seeded = opts.demo ? await seedDemo(ctx) : undefined;
  // Every database, demo or real, starts with the team's three email templates (decision 011).
  await ensureStarterTemplates(ctx);
  app = await buildApp(ctx);
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '127.0.0.1' || config.host === '0.0.0.0' ? 'localhost' : config.host;
  const url = `http://${shownHost}:${port}`;

  // Background work (imports, claim expiry, email delivery, pruning sessions) runs as jobs.
  const jobs = startJobRunner(ctx, jobDefinitions, { log: app.log });
  // The report threads load while the server already answers.
  reportPool?.warm();

  printBanner(
    url,
    databaseName(database.db),
    seeded?.seeded === true || (opts.demo ?? false),
    await countUsers(ctx.db),
  );
  const server = app;
  let closing: Promise<void> | undefined;
  const close = () => {
    // app.close() stops accepting connections and waits for in-flight requests before the db goes.
    closing ??= (async () => {
      guard?.uninstall();
      await jobs.stop();
      await server.close();
      await ctx.events.close();
      await ctx.reportPool?.close();
      await database.close();
    })();
    return closing;
  };
  const guard = opts.processGuard === false ? undefined : installProcessGuard({ log: server.log, close });
  return { app: server, ctx, url, close };
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
