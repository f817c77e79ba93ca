import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app';
import type { Clock } from '../../src/server/clock';
import { type Config, loadConfig } from '../../src/server/config';
import type { AppContext } from '../../src/server/context';
import { createEventBus } from '../../src/server/plugins/realtime-bus';
import { makeUser } from '../../src/server/seed/factories';
import { createTestDatabase } from './test-db';

/** A clock the test moves by hand. */
export class TestClock implements Clock {
  private t = Date.now();
  now = () => new Date(this.t);
  advance(ms: number): void {
    this.t += ms;
  }
}

export type TestApp = {
  app: FastifyInstance;
  ctx: AppContext;
  clock: TestClock;
  close: () => Promise<void>;
  /** Signs in through the API and returns the Cookie header to send. */
  signIn: (email: string, password: string) => Promise<string>;
  /** Creates a user with the factory and signs them in. */
  userWithSession: (
    role: 'rep' | 'manager' | 'admin',
  ) => Promise<{ id: string; email: string; password: string; cookie: string }>;
  /** Sets a rep's states as a manager would (PUT /api/territories/:repId). */
  setTerritory: (repId: string, states: string[]) => Promise<void>;
};

export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config: Config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: database.url,
    ...env,
  });
  const clock = new TestClock();
  // As the server builds it: the bus first (LISTEN/NOTIFY on PostgreSQL); reports in the test's thread.
  const ctx: AppContext = {
    db: database.db,
    clock,
    config,
    events: createEventBus(database.db, database.url, (err) => console.error('event bus:', err)),
    reportPool: null,
  };
  const app = await buildApp(ctx, { logger: false });
  let territoryManager: Promise<string> | undefined;
  const signIn = async (email: string, password: string) => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
    if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
    return sessionCookieOf(res);
  };
  return {
    app,
    ctx,
    clock,
    signIn,
    userWithSession: async (role) => {
      const user = await makeUser(ctx, { role });
      return {
        id: user.id,
        email: user.email,
        password: user.password,
        cookie: await signIn(user.email, user.password),
      };
    },
    setTerritory: async (repId, states) => {
      territoryManager ??= makeUser(ctx, { role: 'manager' }).then((m) => signIn(m.email, m.password));
      const cookie = await territoryManager;
      const res = await app.inject({
        method: 'PUT',
        url: `/api/territories/${repId}`,
        payload: { states },
        headers: { cookie },
      });
      if (res.statusCode !== 200) throw new Error(`setTerritory failed: ${res.statusCode} ${res.body}`);
    },
    close: async () => {
      await app.close();
      await ctx.events.close();
      await database.close();
    },
  };
}

export function sessionCookieOf(res: LightMyRequestResponse): string {
  const c = res.cookies.find((x) => x.name === 'lowboy_session');
  if (!c) throw new Error('no session cookie in response');
  return `lowboy_session=${c.value}`;
}
