import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sessionCookieOf, type TestApp } from '../../../../tests/support/test-app';
import { makeUser } from '../../seed/factories';

// Decision 033: per-address limit first (10 in 15 minutes), a per-account lock only at a higher threshold
// (20 here, 50 by default). Every password check is preceded by a reserved attempt, so the number of 401s
// (or 400s for a wrong current password) is the number of password checks a guesser got.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ LOGIN_MAX_FAILURES: '10', LOGIN_ACCOUNT_MAX_FAILURES: '20' });
});
afterAll(() => t.close());

const login = (email: string, password: string, remoteAddress: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress });
const statuses = (responses: { statusCode: number }[]) => responses.map((r) => r.statusCode);
const countOf = (codes: number[], code: number) => codes.filter((c) => c === code).length;

describe('sign-in limits under concurrency', () => {
  it('gives 60 concurrent wrong passwords from one address at most 10 password checks', async () => {
    const user = await makeUser(t.ctx);
    const codes = statuses(
      await Promise.all(Array.from({ length: 60 }, () => login(user.email, 'wrong-password', '10.40.0.1'))),
    );
    expect(countOf(codes, 401)).toBeLessThanOrEqual(10);
    expect(countOf(codes, 429)).toBe(60 - countOf(codes, 401));
  });

  it('gives 60 concurrent wrong passwords from 60 addresses at most the account threshold of checks', async () => {
    const user = await makeUser(t.ctx);
    const codes = statuses(
      await Promise.all(
        Array.from({ length: 60 }, (_, i) => login(user.email, 'wrong-password', `10.41.0.${i}`)),
      ),
    );
    expect(countOf(codes, 401)).toBeLessThanOrEqual(20);
    expect(countOf(codes, 429)).toBe(60 - countOf(codes, 401));
    expect((await login(user.email, user.password, '10.41.1.1')).statusCode).toBe(429);
  });

  it('slows the guessing address, not the real user: 10 wrong tries do not lock the account', async () => {
    const user = await makeUser(t.ctx, { role: 'admin' });
    for (let i = 0; i < 10; i++) await login(user.email, 'wrong-password', '10.42.0.1');
    expect((await login(user.email, user.password, '10.42.0.1')).statusCode).toBe(429);
    expect((await login(user.email, user.password, '10.42.0.2')).statusCode).toBe(200);
  });
});

describe('changing my password: wrong current passwords are limited like sign-ins', () => {
  it('gives 30 concurrent wrong current passwords at most 10 password checks', async () => {
    const user = await makeUser(t.ctx);
    const cookie = sessionCookieOf(await login(user.email, user.password, '10.43.0.1'));
    const responses = await Promise.all(
      Array.from({ length: 30 }, () =>
        t.app.inject({
          method: 'POST',
          url: '/api/me/password',
          headers: { cookie },
          payload: { currentPassword: 'not-my-password', newPassword: 'a-long-new-password' },
          remoteAddress: '10.43.0.1',
        }),
      ),
    );
    const codes = statuses(responses);
    expect(countOf(codes, 400)).toBeLessThanOrEqual(10);
    expect(countOf(codes, 429)).toBe(30 - countOf(codes, 400));
    expect(responses.find((r) => r.statusCode === 429)?.json().error.code).toBe('too_many_requests');
  });
});
