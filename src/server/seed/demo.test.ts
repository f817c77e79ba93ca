import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { seedDemo } from './demo';
import { DEMO_PASSWORD } from './factories';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('demo organisation', () => {
  it('loads seven people who sign in with the demo password, and shows them in the profile picker', async () => {
    expect(await seedDemo(t.ctx)).toEqual({ seeded: true });
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/demo-profiles' });
    const profiles = res.json().profiles as { name: string; email: string; role: string }[];
    expect(profiles.map((p) => p.name.split(' ')[0])).toEqual([
      'Alex',
      'Sarah',
      'Mike',
      'Jessica',
      'David',
      'Dana',
      'Avery',
    ]);
    expect(profiles.find((p) => p.email === 'dana@heavyhaulers.test')?.role).toBe('manager');
    await t.signIn('admin@heavyhaulers.test', DEMO_PASSWORD);
  });

  it('loads 2,000 generated leads: a pool and a share for each rep', async () => {
    const dana = await t.signIn('dana@heavyhaulers.test', DEMO_PASSWORD);
    const count = async (qs: string) =>
      (
        await t.app.inject({ method: 'GET', url: `/api/contacts?${qs}&limit=1`, headers: { cookie: dana } })
      ).json().total;
    expect(await count('')).toBe(2000);
    expect(await count('owner=none')).toBe(750);
    const alex = await t.signIn('alex@heavyhaulers.test', DEMO_PASSWORD);
    const mine = await t.app.inject({
      method: 'GET',
      url: '/api/contacts?owner=me&limit=1',
      headers: { cookie: alex },
    });
    expect(mine.json().total).toBe(250);
    // Alex also sees the unassigned leads of his territory (TX, OK, NM), and no one else's pool.
    const visible = await t.app.inject({
      method: 'GET',
      url: '/api/contacts?owner=none&limit=200',
      headers: { cookie: alex },
    });
    expect(visible.json().total).toBeGreaterThan(50);
    expect(visible.json().items.every((c: { state: string }) => ['TX', 'OK', 'NM'].includes(c.state))).toBe(
      true,
    );
    expect(await count('state=TX')).toBeGreaterThan(await count('state=WY'));
  });

  it('never seeds over existing data', async () => {
    const before = await t.ctx.db.selectFrom('users').select('id').execute();
    expect(await seedDemo(t.ctx)).toEqual({ seeded: false, reason: 'the database already has users' });
    expect(await t.ctx.db.selectFrom('users').select('id').execute()).toHaveLength(before.length);
  });
});
