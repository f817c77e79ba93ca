import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/server/config';
import type { AppContext } from '../../src/server/context';
import { defaultWebRoot, startServer } from '../../src/server/main';
import { adminQuery, withDatabase } from './global-setup';

/**
 * The real server, as `npm run demo` starts it, on a fresh database and a random loopback port: a SQLite file,
 * or with TEST_DATABASE_URL (`npm run test:e2e:pg`) a PostgreSQL database made for it and dropped after. `ctx`
 * lets a test arrange what only time would (a claim left untouched for two weeks).
 */
export async function startE2eServer(): Promise<{
  url: string;
  ctx: AppContext;
  close: () => Promise<void>;
}> {
  const database = await freshDatabase();
  const config = loadConfig(
    {
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: database.url,
    },
    defaultWebRoot(),
  );
  const server = await startServer({ demo: true, config, processGuard: false });
  const address = server.app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    ctx: server.ctx,
    close: async () => {
      await server.close();
      await database.drop();
    },
  };
}

async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const pgUrl = process.env.TEST_DATABASE_URL;
  if (pgUrl) {
    const name = `lowboy_e2e_${process.pid}_${Date.now().toString(36)}`;
    await adminQuery(pgUrl, `create database ${name}`);
    return {
      url: withDatabase(pgUrl, name),
      drop: () => adminQuery(pgUrl, `drop database if exists ${name} with (force)`),
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'lowboy-e2e-'));
  return {
    url: `sqlite:${join(dir, 'e2e.db')}`,
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}
