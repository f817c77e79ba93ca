import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/server/config';
import type { AppContext } from '../../src/server/context';
import { defaultWebRoot, startServer } from '../../src/server/main';

/**
 * The real server, as `npm run demo` starts it, on a fresh SQLite file and a random loopback port. `ctx` lets a
 * test arrange what only time would (a claim left untouched for two weeks).
 */
export async function startE2eServer(): Promise<{
  url: string;
  ctx: AppContext;
  close: () => Promise<void>;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'lowboy-e2e-'));
  const config = loadConfig(
    {
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: `sqlite:${join(dir, 'e2e.db')}`,
    },
    defaultWebRoot(),
  );
  const server = await startServer({ demo: true, config });
  const address = server.app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    ctx: server.ctx,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
