import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import type { Actor } from '../../context';
import { createContact } from '../contacts';

// GET /api/events/stream over a real socket: what a manager and a rep hear, live, and that a stream ends with its
// session (re-checked every STREAM_CHECK_MS, shortened here so the test takes well under a second).
let t: TestApp;
let base: string;
type Person = { id: string; cookie: string };
let dana: Person;
let alex: Person;
let sarah: Person;
let manager: Actor;

beforeAll(async () => {
  t = await createTestApp({ STREAM_CHECK_MS: '40' });
  base = await t.app.listen({ host: '127.0.0.1', port: 0 });
  dana = await t.userWithSession('manager');
  alex = await t.userWithSession('rep');
  sarah = await t.userWithSession('rep');
  for (const [p, name] of [
    [dana, 'Dana Whitfield'],
    [alex, 'Alex Carter'],
    [sarah, 'Sarah Mitchell'],
  ] as const)
    await t.ctx.db.updateTable('users').set({ name }).where('id', '=', p.id).execute();
  await t.setTerritory(alex.id, ['TX']);
  await t.setTerritory(sarah.id, ['OK']);
  manager = { id: dana.id, name: 'Dana Whitfield', role: 'manager', ip: null };
});
afterAll(() => t.close());

type Sse = { event: string; data: Record<string, unknown> & Array<Record<string, unknown>> };

/** Opens the stream as the dashboard's EventSource would and collects its events until it ends. */
async function listen(cookie: string) {
  const controller = new AbortController();
  const res = await fetch(`${base}/api/events/stream`, { headers: { cookie }, signal: controller.signal });
  const events: Sse[] = [];
  let ended = false;
  if (!res.body) throw new Error(`no stream: ${res.status}`);
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  const reading = (async () => {
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        for (let i = buffer.indexOf('\n\n'); i >= 0; i = buffer.indexOf('\n\n')) {
          const lines = buffer.slice(0, i).split('\n');
          buffer = buffer.slice(i + 2);
          const event = lines.find((l) => l.startsWith('event: '))?.slice(7);
          const data = lines.find((l) => l.startsWith('data: '))?.slice(6);
          if (event && data) events.push({ event, data: JSON.parse(data) });
        }
      }
    } catch {
      // aborted by the test
    }
    ended = true;
  })();
  return {
    res,
    events,
    /** Waits (up to 3 s) for an event that matches. */
    next: async (match: (e: Sse) => boolean) => {
      await expect.poll(() => events.some(match), { timeout: 3000, interval: 10 }).toBe(true);
      return events.find(match) as Sse;
    },
    ended: () => ended,
    done: reading,
    close: () => controller.abort(),
  };
}

const post = (p: Person, url: string, payload?: object) =>
  t.app.inject({ method: 'POST', url, payload, headers: { cookie: p.cookie } });
const lead = async (state: string) =>
  (await createContact(t.ctx, manager, { firstName: 'Pat', lastName: `Lead ${state}`, state })).id;
const activity = (kind: string) => (e: Sse) => e.event === 'activity' && e.data.kind === kind;

describe('GET /api/events/stream', () => {
  it('a manager hears a rep’s claims, calls, deals and who is calling; a rep hears only their own', async () => {
    const danaStream = await listen(dana.cookie);
    const alexStream = await listen(alex.cookie);
    const sarahStream = await listen(sarah.cookie);
    expect(danaStream.res.headers.get('content-type')).toContain('text/event-stream');

    const texas = await lead('TX');
    expect((await post(alex, `/api/contacts/${texas}/claim`)).statusCode).toBe(200);
    expect((await post(alex, `/api/contacts/${texas}/lease`)).statusCode).toBe(200);
    const calling = await danaStream.next((e) => e.event === 'calling' && e.data.length === 1);
    expect(calling.data).toEqual([
      expect.objectContaining({
        repId: alex.id,
        name: 'Alex Carter',
        contactId: texas,
        contactName: 'Pat Lead TX',
      }),
    ]);
    const call = { outcome: 'interested', notes: '', durationSec: 60 };
    expect((await post(alex, `/api/contacts/${texas}/calls`, call)).statusCode).toBe(201);
    const deal = { contactId: texas, title: 'Excavator to Tulsa', valueCents: 1_250_000 };
    expect((await post(alex, '/api/deals', deal)).statusCode).toBe(201);

    for (const kind of ['contact.claimed', 'call.logged', 'deal.created']) {
      const e = await danaStream.next(activity(kind));
      expect(e.data).toMatchObject({ actor: { id: alex.id, name: 'Alex Carter' }, contact: { id: texas } });
      expect(e.data).not.toHaveProperty('repId');
      await alexStream.next(activity(kind));
    }
    // The call ended the lease: Dana's list of who is calling empties.
    await danaStream.next((e) => e.event === 'calling' && e.data.length === 0);

    // Sarah's own claim reaches her after Alex's events were published: she heard none of his.
    const oklahoma = await lead('OK');
    expect((await post(sarah, `/api/contacts/${oklahoma}/claim`)).statusCode).toBe(200);
    expect((await post(sarah, `/api/contacts/${oklahoma}/lease`)).statusCode).toBe(200);
    await sarahStream.next((e) => e.event === 'calling' && e.data.length === 1);
    await sarahStream.next(activity('contact.claimed'));
    expect(sarahStream.events.filter((e) => JSON.stringify(e.data).includes(alex.id))).toEqual([]);
    expect(sarahStream.events.find((e) => e.event === 'calling')?.data).toEqual([
      expect.objectContaining({ repId: sarah.id }),
    ]);
    // Alex hears nothing of Sarah's: not her claim, not that she is calling.
    await danaStream.next((e) => e.event === 'calling' && e.data.some((c) => c.repId === sarah.id));
    expect(alexStream.events.filter((e) => JSON.stringify(e.data).includes(sarah.id))).toEqual([]);

    for (const s of [danaStream, alexStream, sarahStream]) s.close();
  });

  it('ends an open stream when its session is signed out or expires', async () => {
    const started = Date.now();
    const alexStream = await listen(alex.cookie);
    const danaStream = await listen(dana.cookie);
    expect((await post(alex, '/api/auth/logout')).statusCode).toBeLessThan(300);
    await alexStream.done;
    expect(danaStream.ended()).toBe(false);
    t.clock.advance(t.ctx.config.sessionIdleMs + 1000);
    await danaStream.done;
    expect(Date.now() - started).toBeLessThan(1000);
    expect((await fetch(`${base}/api/events/stream`, { headers: { cookie: alex.cookie } })).status).toBe(401);
  });
});
