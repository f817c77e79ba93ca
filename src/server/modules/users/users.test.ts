import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { makeUser } from '../../seed/factories';

let t: TestApp;
let manager: { id: string; cookie: string };
let admin: { id: string; cookie: string };
let rep: { id: string; cookie: string };
beforeAll(async () => {
  t = await createTestApp();
  [manager, admin, rep] = await Promise.all([
    t.userWithSession('manager'),
    t.userWithSession('admin'),
    t.userWithSession('rep'),
  ]);
});
afterAll(() => t.close());

type Req = { method: 'GET' | 'POST' | 'PATCH'; url: string; payload?: object };
const as = (cookie: string | null, r: Req) => t.app.inject({ ...r, headers: cookie ? { cookie } : {} });
const newUser = (over: object = {}) => ({
  name: 'Riley Brooks',
  email: `riley-${Math.random().toString(36).slice(2)}@heavyhaulers.test`,
  role: 'rep',
  phone: '+1 713 555 0199',
  password: 'initial-password-1',
  ...over,
});

describe('who may use the users API', () => {
  it('gives 401 without a session and 403 to a rep on every endpoint', async () => {
    const target = await makeUser(t.ctx);
    const endpoints: Req[] = [
      { method: 'GET', url: '/api/users' },
      { method: 'GET', url: `/api/users/${target.id}` },
      { method: 'POST', url: '/api/users', payload: newUser() },
      { method: 'PATCH', url: `/api/users/${target.id}`, payload: { version: 1, name: 'Hijacked' } },
    ];
    for (const e of endpoints) {
      expect((await as(null, e)).statusCode, `${e.method} ${e.url} anonymous`).toBe(401);
      const forbidden = await as(rep.cookie, e);
      expect(forbidden.statusCode, `${e.method} ${e.url} as rep`).toBe(403);
      expect(forbidden.json().error.code).toBe('forbidden');
    }
    const unchanged = await as(manager.cookie, { method: 'GET', url: `/api/users/${target.id}` });
    expect(unchanged.json().name).toBe(target.name);
  });

  it('lets managers and admins list everyone, without password hashes', async () => {
    for (const who of [manager, admin]) {
      const res = await as(who.cookie, { method: 'GET', url: '/api/users' });
      expect(res.statusCode).toBe(200);
      const ids = res.json().users.map((u: { id: string }) => u.id);
      expect(ids).toEqual(expect.arrayContaining([manager.id, admin.id, rep.id]));
      expect(res.body).not.toContain('argon2');
    }
  });

  it('lets only admins create or change admins', async () => {
    const byManager = await as(manager.cookie, {
      method: 'POST',
      url: '/api/users',
      payload: newUser({ role: 'admin' }),
    });
    expect(byManager.statusCode).toBe(403);
    const byAdmin = await as(admin.cookie, {
      method: 'POST',
      url: '/api/users',
      payload: newUser({ role: 'admin' }),
    });
    expect(byAdmin.statusCode).toBe(201);
    const promote = await as(manager.cookie, {
      method: 'PATCH',
      url: `/api/users/${rep.id}`,
      payload: { version: 1, role: 'admin' },
    });
    expect(promote.statusCode).toBe(403);
  });
});

describe('creating users', () => {
  it('creates a user who can then sign in', async () => {
    const body = newUser({ email: 'Riley.Brooks@HeavyHaulers.test' });
    const res = await as(manager.cookie, { method: 'POST', url: '/api/users', payload: body });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      name: 'Riley Brooks',
      email: 'riley.brooks@heavyhaulers.test',
      role: 'rep',
      active: true,
    });
    await t.signIn('riley.brooks@heavyhaulers.test', body.password);
  });

  it('explains each invalid field', async () => {
    const res = await as(manager.cookie, {
      method: 'POST',
      url: '/api/users',
      payload: { name: '', email: 'not-an-email', role: 'boss', password: 'short' },
    });
    expect(res.statusCode).toBe(400);
    const paths = res
      .json()
      .error.details.map((d: { path: string }) => d.path)
      .sort();
    expect(paths).toEqual(['body.email', 'body.name', 'body.password', 'body.role']);
  });

  it('refuses a second user with the same email with 409', async () => {
    const body = newUser();
    expect((await as(manager.cookie, { method: 'POST', url: '/api/users', payload: body })).statusCode).toBe(
      201,
    );
    const again = await as(manager.cookie, {
      method: 'POST',
      url: '/api/users',
      payload: { ...body, email: body.email.toUpperCase() },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('email_taken');
  });
});

describe('editing users', () => {
  const patch = (cookie: string, id: string, payload: object) =>
    as(cookie, { method: 'PATCH', url: `/api/users/${id}`, payload });

  it('edits and answers a stale edit with 409 and the current record', async () => {
    const u = await makeUser(t.ctx);
    const first = await patch(manager.cookie, u.id, { version: 1, name: 'First Edit', phone: '+1 555 0100' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ name: 'First Edit', phone: '+1 555 0100', version: 2 });
    const stale = await patch(admin.cookie, u.id, { version: 1, name: 'Second Edit' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('stale_version');
    expect(stale.json().error.details.current).toMatchObject({ name: 'First Edit', version: 2 });
  });

  it('deactivation ends their sessions at once and stops sign-in; reactivation restores it', async () => {
    const u = await makeUser(t.ctx);
    const theirCookie = await t.signIn(u.email, u.password);
    const off = await patch(manager.cookie, u.id, { version: 1, active: false });
    expect(off.json()).toMatchObject({ active: false });
    expect((await as(theirCookie, { method: 'GET', url: '/api/me' })).statusCode).toBe(401);
    const login = await as(null, {
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: u.email, password: u.password },
    });
    expect(login.statusCode).toBe(401);
    expect(login.json().error.code).toBe('account_deactivated');

    const on = await patch(manager.cookie, u.id, { version: 2, active: true });
    expect(on.json()).toMatchObject({ active: true, deactivatedAt: null });
    await t.signIn(u.email, u.password);
  });

  it('resets a password: old sessions end, the new password works', async () => {
    const u = await makeUser(t.ctx);
    const oldCookie = await t.signIn(u.email, u.password);
    expect((await patch(admin.cookie, u.id, { version: 1, password: 'reset-by-admin-1' })).statusCode).toBe(
      200,
    );
    expect((await as(oldCookie, { method: 'GET', url: '/api/me' })).statusCode).toBe(401);
    await t.signIn(u.email, 'reset-by-admin-1');
  });

  it('does not let a manager deactivate themselves or change their own role', async () => {
    const self = await as(manager.cookie, { method: 'GET', url: `/api/users/${manager.id}` });
    const res = await patch(manager.cookie, manager.id, { version: self.json().version, active: false });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('cannot_change_self');
  });

  it('records who changed what in the audit log', async () => {
    const u = await makeUser(t.ctx, { name: 'Before Name' });
    await patch(manager.cookie, u.id, { version: 1, name: 'After Name' });
    const rows = await t.ctx.db.selectFrom('audit_log').selectAll().where('object_id', '=', u.id).execute();
    const updated = rows.find((r) => r.action === 'user.updated');
    expect(updated?.actor_id).toBe(manager.id);
    expect(JSON.parse(updated!.details!)).toEqual({
      changes: { name: { from: 'Before Name', to: 'After Name' } },
    });
  });
});
