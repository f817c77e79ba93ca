import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sessionCookieOf, type TestApp } from '../../../../tests/support/test-app';
import { makeUser } from '../../seed/factories';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const login = (email: string, password: string, remoteAddress = '10.0.0.1') =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress });
const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });

describe('sign-in', () => {
  it('signs in with the right password and sets an HttpOnly, SameSite=Lax session cookie', async () => {
    const user = await makeUser(t.ctx, { name: 'Alex Carter', role: 'rep' });
    const res = await login(user.email.toUpperCase(), user.password);
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toEqual({ id: user.id, name: 'Alex Carter', email: user.email, role: 'rep' });
    const cookie = res.cookies.find((c) => c.name === 'lowboy_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const whoAmI = await me(sessionCookieOf(res));
    expect(whoAmI.json()).toEqual({ id: user.id, name: 'Alex Carter', email: user.email, role: 'rep' });
  });

  it('stores only a hash of the session token', async () => {
    const user = await makeUser(t.ctx);
    const token = sessionCookieOf(await login(user.email, user.password)).split('=')[1]!;
    const rows = await t.ctx.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).not.toContain(token);
    expect(rows[0]!.id).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a wrong password or an unknown email with the same clear 401', async () => {
    const user = await makeUser(t.ctx);
    for (const res of [
      await login(user.email, 'not-the-password'),
      await login('nobody@example.test', 'whatever'),
    ]) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({
        error: { code: 'invalid_credentials', message: 'That email and password do not match an account.' },
      });
      expect(res.cookies).toHaveLength(0);
    }
  });

  it('limits repeated failures from one address to 10 in 15 minutes (decision 033)', async () => {
    const user = await makeUser(t.ctx);
    for (let i = 0; i < 10; i++)
      expect((await login(user.email, 'wrong-password', '10.1.0.1')).statusCode).toBe(401);
    const limited = await login(user.email, user.password, '10.1.0.1');
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('too_many_requests');
    expect(limited.json().error.message).toMatch(/Try again in 15 minutes/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(limited.json().error.details.retryAfterSeconds).toBe(Number(limited.headers['retry-after']));

    t.clock.advance(15 * 60_000 + 1000);
    expect((await login(user.email, user.password, '10.1.0.1')).statusCode).toBe(200);
  });

  it('locks an account only after 50 failures in 15 minutes from any addresses', async () => {
    const user = await makeUser(t.ctx);
    for (let i = 0; i < 49; i++) await login(user.email, 'wrong-password', `10.1.1.${i}`);
    expect((await login(user.email, user.password, '10.1.2.1')).statusCode).toBe(200);
    for (let i = 0; i < 50; i++) await login(user.email, 'wrong-password', `10.1.3.${i}`);
    const locked = await login(user.email, user.password, '10.1.2.1');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.message).toMatch(/Too many failed sign-ins\. Try again in 15 minutes/);
  });

  it('limits repeated failures from one address across accounts', async () => {
    const victim = await makeUser(t.ctx);
    for (let i = 0; i < 10; i++) await login(`guess${i}@example.test`, 'wrong-password', '10.2.0.1');
    expect((await login(victim.email, victim.password, '10.2.0.1')).statusCode).toBe(429);
    expect((await login(victim.email, victim.password, '10.2.0.2')).statusCode).toBe(200);
  });

  it('clears an account’s failure count after a successful sign-in', async () => {
    const user = await makeUser(t.ctx);
    for (let i = 0; i < 9; i++) await login(user.email, 'wrong-password', '10.3.0.1');
    expect((await login(user.email, user.password, '10.3.0.1')).statusCode).toBe(200);
    for (let i = 0; i < 9; i++) await login(user.email, 'wrong-password', '10.3.0.1');
    expect((await login(user.email, user.password, '10.3.0.1')).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('ends a session after 12 idle hours but keeps an active one alive', async () => {
    const user = await makeUser(t.ctx);
    const cookie = sessionCookieOf(await login(user.email, user.password, '10.4.0.1'));
    t.clock.advance(11 * 3_600_000);
    expect((await me(cookie)).statusCode).toBe(200);
    t.clock.advance(11 * 3_600_000);
    expect((await me(cookie)).statusCode).toBe(200);
    t.clock.advance(12 * 3_600_000 + 1000);
    const expired = await me(cookie);
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('unauthorized');
  });

  it('ends a session 7 days after sign-in however active it is', async () => {
    const user = await makeUser(t.ctx);
    const cookie = sessionCookieOf(await login(user.email, user.password, '10.5.0.1'));
    for (let h = 0; h < 7 * 24 - 6; h += 6) {
      t.clock.advance(6 * 3_600_000);
      expect((await me(cookie)).statusCode).toBe(200);
    }
    t.clock.advance(6 * 3_600_000 + 1000);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('signs out: 204, the cookie is cleared and the session no longer works', async () => {
    const user = await makeUser(t.ctx);
    const cookie = sessionCookieOf(await login(user.email, user.password, '10.6.0.1'));
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(res.statusCode).toBe(204);
    expect(res.cookies.find((c) => c.name === 'lowboy_session')?.value).toBe('');
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('answers 401 to /api/me without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/me' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ error: { code: 'unauthorized', message: 'Sign in to continue.' } });
  });
});

describe('changing my password', () => {
  const change = (cookie: string, payload: object) =>
    t.app.inject({ method: 'POST', url: '/api/me/password', headers: { cookie }, payload });

  it('needs the current password and a new one of 12 to 128 characters', async () => {
    const user = await makeUser(t.ctx);
    const cookie = sessionCookieOf(await login(user.email, user.password, '10.7.0.1'));
    const wrong = await change(cookie, { currentPassword: 'nope', newPassword: 'a-long-new-password' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('invalid_current_password');
    for (const newPassword of ['short-pass1', 'x'.repeat(129)]) {
      const bad = await change(cookie, { currentPassword: user.password, newPassword });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.code).toBe('validation_failed');
      expect(bad.json().error.details[0].path).toBe('body.newPassword');
    }
  });

  it('changes it, keeps this session and ends the others', async () => {
    const user = await makeUser(t.ctx);
    const here = sessionCookieOf(await login(user.email, user.password, '10.8.0.1'));
    const elsewhere = sessionCookieOf(await login(user.email, user.password, '10.8.0.2'));
    const res = await change(here, { currentPassword: user.password, newPassword: 'brand-new-password-42' });
    expect(res.statusCode).toBe(204);
    expect((await me(here)).statusCode).toBe(200);
    expect((await me(elsewhere)).statusCode).toBe(401);
    expect((await login(user.email, user.password, '10.8.0.3')).statusCode).toBe(401);
    expect((await login(user.email, 'brand-new-password-42', '10.8.0.3')).statusCode).toBe(200);
  });
});
