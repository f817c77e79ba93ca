import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { authPruneJob } from './prune-job';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const quiet = { signal: new AbortController().signal, log: { error: () => undefined } };
const count = async (table: 'sessions' | 'login_failures') =>
  Number(
    (
      await t.ctx.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('the auth-prune job', () => {
  it('deletes idle sessions and old login failures when it first runs, then waits an hour', async () => {
    const { email } = await t.userWithSession('rep');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password: 'not-the-password' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(await count('sessions')).toBe(1);
    expect(await count('login_failures')).toBe(1);

    t.clock.advance(t.ctx.config.sessionIdleMs + t.ctx.config.loginWindowMs + 1000);
    const job = authPruneJob({ firstAfterMs: 0 });
    expect(await job.runNext(t.ctx, quiet)).toBe(false);
    expect(await count('sessions')).toBe(0);
    expect(await count('login_failures')).toBe(0);

    // Within the hour the job does nothing, even with something to prune.
    await t.userWithSession('rep');
    t.clock.advance(t.ctx.config.sessionIdleMs + 1000);
    await job.runNext(t.ctx, quiet);
    expect(await count('sessions')).toBe(1);
  });
});
