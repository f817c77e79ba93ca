import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/server/context';
import { createContact } from '../../src/server/modules/contacts/service';
import { makeUser } from '../../src/server/seed/factories';
import { createTestApp, type TestApp } from '../support/test-app';

// Two app processes behind one PostgreSQL database, as behind a load balancer (SQLite is one process by design).
const onPostgres = (process.env.TEST_DATABASE_URL ?? '').startsWith('postgres');

async function startInstance(databaseUrl: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
  });
  let out = '';
  child.stdout!.on('data', (d) => {
    out += d;
  });
  while (!/running at (\S+)/.test(out)) await once(child.stdout!, 'data');
  return { url: /running at (\S+)/.exec(out)![1]!.replace('localhost', '127.0.0.1'), child };
}

describe.skipIf(!onPostgres)('two app instances sharing one PostgreSQL database', () => {
  let t: TestApp;
  let instances: { url: string; child: ChildProcess }[];
  let manager: Actor;

  beforeAll(async () => {
    t = await createTestApp();
    instances = await Promise.all([
      startInstance(t.ctx.config.databaseUrl),
      startInstance(t.ctx.config.databaseUrl),
    ]);
    const m = await makeUser(t.ctx, { role: 'manager', name: 'Dana Whitfield' });
    manager = { id: m.id, name: m.name, role: 'manager', ip: null };
  }, 60_000);
  afterAll(async () => {
    for (const i of instances ?? []) i.child.kill('SIGTERM');
    await Promise.all((instances ?? []).map((i) => once(i.child, 'exit')));
    await t?.close();
  });

  const signInAt = async (base: string, email: string, password: string) => {
    const res = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    expect(res.status).toBe(200);
    return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  };

  it('gives each of 100 leads to exactly one of 20 reps clicking on both instances at once', async () => {
    const reps = await Promise.all(
      Array.from({ length: 20 }, (_, i) => makeUser(t.ctx, { role: 'rep', name: `Rep ${i}` })),
    );
    for (const r of reps) await t.setTerritory(r.id, ['WY']);
    const leads: string[] = [];
    for (let i = 0; i < 100; i++)
      leads.push(
        (await createContact(t.ctx, manager, { firstName: `Lead${i}`, lastName: 'Race', state: 'WY' })).id,
      );
    const cookies = await Promise.all(
      reps.map((r, i) => signInAt(instances[i % 2]!.url, r.email, r.password)),
    );

    const results = (
      await Promise.all(
        reps.map(async (r, i) => {
          const out: { repId: string; id: string; status: number; ownerId?: string }[] = [];
          for (const [k, id] of [...leads].sort(() => Math.random() - 0.5).entries()) {
            const base = instances[(i + k) % 2]!.url; // alternate instances, like a round-robin balancer
            const res = await fetch(`${base}/api/contacts/${id}/claim`, {
              method: 'POST',
              headers: { cookie: cookies[i]! },
            });
            const body = (await res.json()) as { error?: { details?: { ownerId?: string } } };
            out.push({ repId: r.id, id, status: res.status, ownerId: body.error?.details?.ownerId });
          }
          return out;
        }),
      )
    ).flat();

    const rows = await t.ctx.db
      .selectFrom('contacts')
      .select(['id', 'owner_id'])
      .where('id', 'in', leads)
      .execute();
    const owner = new Map(rows.map((x) => [x.id, x.owner_id]));
    expect([...owner.values()].every((o) => o !== null)).toBe(true);
    for (const r of results) {
      if (r.status === 200) expect(owner.get(r.id)).toBe(r.repId);
      else if (owner.get(r.id) !== r.repId) {
        expect(r.status).toBe(409);
        expect(r.ownerId).toBe(owner.get(r.id));
      }
    }
    expect(results.filter((r) => r.status === 200)).toHaveLength(100);
    const claims = await t.ctx.db
      .selectFrom('timeline_events')
      .select(['contact_id', 'actor_id'])
      .where('kind', '=', 'contact.claimed')
      .where('contact_id', 'in', leads)
      .execute();
    expect(claims).toHaveLength(100);
    for (const c of claims) expect(c.actor_id).toBe(owner.get(c.contact_id!));
  }, 120_000);

  it('shows presence across instances: a rep on one, the manager on the other', async () => {
    const rep = await makeUser(t.ctx, { role: 'rep', name: 'Alex Carter' });
    const lead = await createContact(t.ctx, manager, {
      firstName: 'Pat',
      lastName: 'Across',
      state: 'TX',
      ownerId: rep.id,
    });
    const repCookie = await signInAt(instances[0]!.url, rep.email, rep.password);
    const danaUser = await makeUser(t.ctx, { role: 'manager', name: 'Dana Two' });
    const danaCookie = await signInAt(instances[1]!.url, danaUser.email, danaUser.password);
    const repTab = new AbortController();
    const repStream = await fetch(`${instances[0]!.url}/api/contacts/${lead.id}/presence`, {
      headers: { cookie: repCookie },
      signal: repTab.signal,
    });
    expect(repStream.status).toBe(200);
    const res = await fetch(`${instances[1]!.url}/api/contacts/${lead.id}/presence`, {
      headers: { cookie: danaCookie },
    });
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    while (!text.includes('"Alex Carter"')) text += (await reader.read()).value ?? '';
    repTab.abort();
    // The rep's tab closes on instance 0; instance 1 hears it through LISTEN/NOTIFY.
    const viewersNow = () => text.split('event: viewers').at(-1) ?? '';
    while (viewersNow().includes('Alex Carter') || !viewersNow().includes('\n\n'))
      text += (await reader.read()).value ?? '';
    expect(viewersNow()).toContain('Dana Two');
    await reader.cancel();
  }, 30_000);
});
