import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import type { Actor } from '../../context';
import { createContact } from '../contacts';

let t: TestApp;
let base: string;
let dana: { id: string; cookie: string };
let alex: { id: string; cookie: string };
let sarah: { id: string; cookie: string };
let leadId: string;

beforeAll(async () => {
  t = await createTestApp();
  base = await t.app.listen({ host: '127.0.0.1', port: 0 });
  dana = await t.userWithSession('manager');
  alex = await t.userWithSession('rep');
  sarah = await t.userWithSession('rep');
  await t.ctx.db.updateTable('users').set({ name: 'Alex Carter' }).where('id', '=', alex.id).execute();
  await t.ctx.db.updateTable('users').set({ name: 'Dana Whitfield' }).where('id', '=', dana.id).execute();
  const manager: Actor = { id: dana.id, name: 'Dana', role: 'manager', ip: null };
  leadId = (
    await createContact(t.ctx, manager, {
      firstName: 'Pat',
      lastName: 'Presence',
      state: 'TX',
      ownerId: alex.id,
    })
  ).id;
});
afterAll(() => t.close());

type Viewers = { contactId: string; viewers: { id: string; name: string }[] };

/** Opens the presence stream as a browser tab would and collects its `viewers` events. */
async function watch(cookie: string, id = leadId) {
  const controller = new AbortController();
  const res = await fetch(`${base}/api/contacts/${id}/presence`, {
    headers: { cookie },
    signal: controller.signal,
  });
  const events: Viewers[] = [];
  const waiters: (() => void)[] = [];
  if (res.ok && res.body) {
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      let buffer = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += value;
          for (let i = buffer.indexOf('\n\n'); i >= 0; i = buffer.indexOf('\n\n')) {
            const block = buffer.slice(0, i);
            buffer = buffer.slice(i + 2);
            const data = block.split('\n').find((l) => l.startsWith('data: '));
            if (block.startsWith('event: viewers') && data) events.push(JSON.parse(data.slice(6)));
            for (const w of waiters.splice(0)) w();
          }
        }
      } catch {
        // aborted
      }
    })();
  }
  const names = () => (events.at(-1)?.viewers ?? []).map((v) => v.name);
  return {
    res,
    close: () => controller.abort(),
    /** Waits until the latest event lists exactly these people. */
    until: async (expected: string[]) => {
      const deadline = Date.now() + 5000;
      while (JSON.stringify(names()) !== JSON.stringify(expected)) {
        if (Date.now() > deadline) throw new Error(`viewers ${JSON.stringify(names())}, wanted ${expected}`);
        await new Promise<void>((r) => {
          waiters.push(r);
          setTimeout(r, 100);
        });
      }
    },
  };
}

describe('who is on this lead now', () => {
  it('tells everyone who has the lead open, live, and forgets a closed tab', async () => {
    const alexTab = await watch(alex.cookie);
    expect(alexTab.res.headers.get('content-type')).toContain('text/event-stream');
    await alexTab.until(['Alex Carter']);
    const danaTab = await watch(dana.cookie);
    await danaTab.until(['Alex Carter', 'Dana Whitfield']);
    await alexTab.until(['Alex Carter', 'Dana Whitfield']);
    alexTab.close();
    await danaTab.until(['Dana Whitfield']);
    danaTab.close();
    await expect.poll(async () => t.ctx.db.selectFrom('contact_presence').selectAll().execute()).toEqual([]);
  });

  it('does not let someone who cannot see the lead watch it', async () => {
    const sarahTab = await watch(sarah.cookie);
    expect(sarahTab.res.status).toBe(404);
    expect((await sarahTab.res.json()).error.code).toBe('not_found');
    const anonymous = await fetch(`${base}/api/contacts/${leadId}/presence`);
    expect(anonymous.status).toBe(401);
  });
});
