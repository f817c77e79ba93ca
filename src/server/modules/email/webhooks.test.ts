import { createSign, generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import type { Actor } from '../../context';
import { outboxProvider } from '../../providers/email/outbox';
import { createContact } from '../contacts';
import { deliverDueEmails } from './delivery';
import { ensureStarterTemplates } from './starter-templates';

const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const PUBLIC_KEY = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
const INBOUND_SECRET = 'inbound-secret-0123456789';
let t: TestApp;
let alex: { id: string; cookie: string };
let manager: { cookie: string };
let msg: { id: string; to: string };
let contactId: string;

beforeAll(async () => {
  t = await createTestApp({
    SENDGRID_WEBHOOK_PUBLIC_KEY: PUBLIC_KEY,
    SENDGRID_INBOUND_SECRET: INBOUND_SECRET,
  });
  await ensureStarterTemplates(t.ctx);
  alex = await t.userWithSession('rep');
  const m = await t.userWithSession('manager');
  manager = m;
  const actor: Actor = { id: m.id, name: 'Dana', role: 'manager', ip: null };
  contactId = (
    await createContact(t.ctx, actor, {
      firstName: 'Ola',
      email: 'ola@cranes.test',
      state: 'TX',
      ownerId: alex.id,
    })
  ).id;
  const tpl = (
    (await t.app.inject({ method: 'GET', url: '/api/templates', headers: { cookie: alex.cookie } })).json()
      .items as { id: string; name: string }[]
  ).find((x) => x.name === 'Follow-up')!;
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/emails',
    payload: { contactId, templateId: tpl.id, allowMissing: true },
    headers: { cookie: alex.cookie },
  });
  msg = res.json().message;
  await deliverDueEmails(t.ctx, outboxProvider());
});
afterAll(() => t.close());

const post = (events: object[], opts: { tamper?: boolean; ts?: number } = {}) => {
  const body = JSON.stringify(events);
  const ts = String(opts.ts ?? Math.floor(t.clock.now().getTime() / 1000));
  const signature = createSign('sha256')
    .update(ts + body)
    .sign(privateKey)
    .toString('base64');
  return t.app.inject({
    method: 'POST',
    url: '/webhooks/sendgrid/events',
    payload: opts.tamper ? body.replace('delivered', 'bounce') : body,
    headers: {
      'content-type': 'application/json',
      'x-twilio-email-event-webhook-signature': signature,
      'x-twilio-email-event-webhook-timestamp': ts,
      origin: 'https://sendgrid.net',
    },
  });
};
// SendGrid's documented event shapes, with our custom_args echoed at the top level.
const event = (event: string, id: string, extra: object = {}, of: { id: string; to: string } = msg) => ({
  email: of.to,
  timestamp: Math.floor(t.clock.now().getTime() / 1000),
  'smtp-id': '<14c5d75ce93.dfd.64b469@ismtpd-555>',
  event,
  category: ['outreach'],
  sg_event_id: id,
  sg_message_id: 'sgid1.filterdrecv-p3mdw1-756b745b58-kmzbl-18-5F5FC76C-9.0',
  lowboy_message_id: of.id,
  ...extra,
});
const message = (id = msg.id) =>
  t.app
    .inject({ method: 'GET', url: `/api/outbox/${id}`, headers: { cookie: alex.cookie } })
    .then((r) => r.json());
const kinds = async (id = contactId) =>
  (
    (
      await t.app.inject({
        method: 'GET',
        url: `/api/contacts/${id}/timeline`,
        headers: { cookie: alex.cookie },
      })
    ).json().items as { kind: string }[]
  ).map((e) => e.kind);
/** A new lead of Alex's with one sent email. */
const sentEmail = async (email: string) => {
  const manager: Actor = { id: alex.id, name: 'Alex', role: 'rep', ip: null };
  const id = (await createContact(t.ctx, manager, { firstName: 'Bo', email, state: 'TX', ownerId: alex.id }))
    .id;
  const tpl = (
    (await t.app.inject({ method: 'GET', url: '/api/templates', headers: { cookie: alex.cookie } })).json()
      .items as { id: string; name: string }[]
  ).find((x) => x.name === 'Follow-up')!;
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/emails',
    payload: { contactId: id, templateId: tpl.id, allowMissing: true },
    headers: { cookie: alex.cookie },
  });
  await deliverDueEmails(t.ctx, outboxProvider());
  return { contactId: id, message: res.json().message as { id: string; to: string } };
};
const inboundPost = (fields: Record<string, string>, secret = INBOUND_SECRET) => {
  const boundary = 'xYzZY';
  const body = `${Object.entries(fields)
    .map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
    .join('')}--${boundary}--\r\n`;
  return t.app.inject({
    method: 'POST',
    url: `/webhooks/sendgrid/inbound/${secret}`,
    payload: body,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
};
const suppressions = async () =>
  (
    await t.app.inject({ method: 'GET', url: '/api/suppressions', headers: { cookie: manager.cookie } })
  ).json().items as { email: string; reason: string }[];

describe('SendGrid event webhook', () => {
  it('refuses a bad or missing signature and a stale timestamp', async () => {
    expect((await post([event('delivered', 'e0')], { tamper: true })).statusCode).toBe(403);
    expect((await post([event('delivered', 'e0')], { ts: 1_600_000_000 })).statusCode).toBe(403);
    const unsigned = await t.app.inject({ method: 'POST', url: '/webhooks/sendgrid/events', payload: [] });
    expect(unsigned.statusCode).toBe(403);
  });

  it('lands delivered, open and click on the message and the timeline, once per sg_event_id', async () => {
    const batch = [
      event('processed', 'e1'),
      event('delivered', 'e2'),
      event('open', 'e3'),
      event('click', 'e4', { url: 'https://hh.test' }),
    ];
    expect((await post(batch)).json()).toEqual({ received: 4, new: 4 });
    expect((await post(batch)).json()).toEqual({ received: 4, new: 0 });
    expect(await message()).toMatchObject({
      status: 'clicked',
      openedAt: expect.any(String),
      clickedAt: expect.any(String),
    });
    const k = await kinds();
    expect(k.filter((x) => x === 'email.opened')).toHaveLength(1);
    expect(k).toEqual(expect.arrayContaining(['email.delivered', 'email.clicked']));
  });

  it('matches an Inbound Parse reply by In-Reply-To: Replied, timeline, owner told', async () => {
    const row = await t.ctx.db
      .selectFrom('email_messages')
      .select('message_id_header')
      .where('id', '=', msg.id)
      .executeTakeFirstOrThrow();
    const boundary = 'xYzZY';
    const fields = {
      headers: `Received: by mx.sendgrid.net\nIn-Reply-To: ${row.message_id_header}\nSubject: Re: Following up`,
      from: 'Ola <ola@cranes.test>',
      to: 'sales@heavyhaulerslogistics.com',
      subject: 'Re: Following up on your heavy-haul needs',
      text: 'Yes — call me Thursday about the 80-ton crane.',
      envelope: JSON.stringify({ to: ['sales@heavyhaulerslogistics.com'], from: 'ola@cranes.test' }),
    };
    const body = `${Object.entries(fields)
      .map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
      .join('')}--${boundary}--\r\n`;
    const inbound = (secret: string) =>
      t.app.inject({
        method: 'POST',
        url: `/webhooks/sendgrid/inbound/${secret}`,
        payload: body,
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      });
    expect((await inbound('wrong-secret-0123456789')).statusCode).toBe(403);
    const res = await inbound(INBOUND_SECRET);
    expect(res.json()).toEqual({ result: 'replied' });
    expect(await message()).toMatchObject({ status: 'replied', repliedAt: expect.any(String) });
    const replied = (
      await t.app.inject({
        method: 'GET',
        url: `/api/contacts/${contactId}/timeline`,
        headers: { cookie: alex.cookie },
      })
    )
      .json()
      .items.find((e: { kind: string }) => e.kind === 'email.replied');
    expect(replied.data).toMatchObject({ notify: alex.id, snippet: expect.stringContaining('80-ton crane') });
    const stats = (
      await t.app.inject({ method: 'GET', url: '/api/email/stats', headers: { cookie: manager.cookie } })
    ).json();
    expect(stats).toMatchObject({ sent: 1, delivered: 1, openRate: 1, replyRate: 1, bounceRate: 0 });
  });

  it('a hard bounce and a spam report suppress the address', async () => {
    await post([event('bounce', 'e9', { type: 'bounce', reason: '550 5.1.1 mailbox does not exist' })]);
    expect(await message()).toMatchObject({ status: 'replied' }); // a reply outranks a later bounce
    const list = (
      await t.app.inject({ method: 'GET', url: '/api/suppressions', headers: { cookie: manager.cookie } })
    ).json().items;
    expect(list).toContainEqual(expect.objectContaining({ email: 'ola@cranes.test', reason: 'bounced' }));
    await post([event('spamreport', 'e10', { email: 'other@cranes.test' })]);
    const list2 = (
      await t.app.inject({ method: 'GET', url: '/api/suppressions', headers: { cookie: manager.cookie } })
    ).json().items;
    expect(list2).toContainEqual(
      expect.objectContaining({ email: 'other@cranes.test', reason: 'spam_report' }),
    );
  });
});

// After the tests above: these add messages of their own, which would change the stats checked there.
describe('SendGrid webhooks, more cases', () => {
  it('counts an event id repeated inside one post once, and applies a post in order', async () => {
    const { contactId: cid, message: m } = await sentEmail('bo@cranes.test');
    const batch = [
      event('open', 'd1', {}, m),
      event('open', 'd1', {}, m), // SendGrid retried inside the same post
      event('delivered', 'd2', {}, m), // late: must not move the status back
      event('open', 'd3', {}, m), // a second open: no second timeline entry
      event('delivered', 'd2', {}, m),
    ];
    expect((await post(batch)).json()).toEqual({ received: 5, new: 3 });
    expect((await post([event('open', 'd1', {}, m), event('click', 'd4', {}, m)])).json()).toEqual({
      received: 2,
      new: 1,
    });
    expect(await message(m.id)).toMatchObject({
      status: 'clicked',
      openedAt: expect.any(String),
    });
    const k = await kinds(cid);
    expect(k.filter((x) => x === 'email.opened')).toHaveLength(1);
    expect(k.filter((x) => x === 'email.delivered')).toHaveLength(1);
    expect(k.filter((x) => x === 'email.clicked')).toHaveLength(1);
  });

  it("applies a post mixing several contacts' messages to each message and timeline alone", async () => {
    const a = await sentEmail('mix-a@cranes.test');
    const b = await sentEmail('mix-b@cranes.test');
    const before = { a: await kinds(a.contactId), b: await kinds(b.contactId) };
    const res = await post([
      event('delivered', 'm1', {}, a.message),
      // b named by our idempotency key, not its id
      event(
        'delivered',
        'm2',
        { lowboy_message_id: undefined, lowboy_key: `lowboy-${b.message.id}` },
        b.message,
      ),
      event('open', 'm3', {}, a.message),
      event('bounce', 'm4', { type: 'bounce', reason: '550 no such user' }, b.message),
      event('open', 'm5', { lowboy_message_id: 'no-such-message' }, a.message),
    ]);
    expect(res.json()).toEqual({ received: 5, new: 5 });
    const row = (id: string) =>
      t.ctx.db
        .selectFrom('email_messages')
        .select(['status', 'delivered_at', 'opened_at', 'bounced_at'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
    expect(await row(a.message.id)).toMatchObject({ status: 'opened', bounced_at: null });
    expect(await row(b.message.id)).toMatchObject({ status: 'bounced', opened_at: null });
    expect((await row(b.message.id)).delivered_at).not.toBeNull();
    // Timeline kinds the post added (the ones before it were contact.created and email.queued).
    const added = async (c: { contactId: string }, was: string[]) => {
      const now = await kinds(c.contactId);
      for (const k of was) now.splice(now.indexOf(k), 1);
      return now.sort();
    };
    expect(await added(a, before.a)).toEqual(['email.delivered', 'email.opened']);
    expect(await added(b, before.b)).toEqual(['email.bounced', 'email.delivered']);
    expect((await suppressions()).map((x) => x.email)).toContain('mix-b@cranes.test');
    expect((await suppressions()).map((x) => x.email)).not.toContain('mix-a@cranes.test');
  });

  it('applies a post larger than every statement chunk (2,053 events, 2,050 naming unknown messages)', async () => {
    const a = await sentEmail('big-a@cranes.test');
    const b = await sentEmail('big-b@cranes.test');
    const unknown = Array.from({ length: 2050 }, (_, i) =>
      event('delivered', `big-u${i}`, { lowboy_message_id: `gone-${i}` }, a.message),
    );
    const mine = [
      event('delivered', 'big-a1', {}, a.message),
      ...unknown.slice(0, 1500),
      event(
        'delivered',
        'big-b1',
        { lowboy_message_id: undefined, lowboy_key: `lowboy-${b.message.id}` },
        b.message,
      ),
      ...unknown.slice(1500),
      event('open', 'big-a2', {}, a.message),
    ];
    const res = await post(mine);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ received: 2053, new: 2053 });
    expect(await message(a.message.id)).toMatchObject({ status: 'opened' });
    expect(await message(b.message.id)).toMatchObject({ status: 'delivered' });
    const stored = await t.ctx.db
      .selectFrom('email_events')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('sg_event_id', 'like', 'big-%')
      .executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(2053);
    expect((await post(mine)).json()).toEqual({ received: 2053, new: 0 });
  });

  it('matches an Inbound Parse reply by the reply+token address alone', async () => {
    const { contactId: cid, message: m } = await sentEmail('cy@cranes.test');
    const { reply_token } = await t.ctx.db
      .selectFrom('email_messages')
      .select('reply_token')
      .where('id', '=', m.id)
      .executeTakeFirstOrThrow();
    const reply = (to: string) =>
      inboundPost({
        headers: 'Received: by mx.sendgrid.net\nSubject: Re: hello', // no In-Reply-To, no References
        from: 'Cy <cy@cranes.test>',
        to,
        subject: 'Re: hello',
        text: 'Send me a quote for two flatbeds.',
        envelope: JSON.stringify({ to: [to], from: 'cy@cranes.test' }),
      });
    expect((await reply('sales+0123456789abcdef0123456789abcdef@heavyhaulerslogistics.com')).json()).toEqual({
      result: 'unmatched',
    });
    expect((await message(m.id)).status).not.toBe('replied');
    expect((await reply(`sales+${reply_token}@heavyhaulerslogistics.com`)).json()).toEqual({
      result: 'replied',
    });
    expect(await message(m.id)).toMatchObject({ status: 'replied', repliedAt: expect.any(String) });
    expect(await kinds(cid)).toContain('email.replied');
  });

  it('unsubscribes by mail: the List-Unsubscribe mailto reaches Inbound Parse', async () => {
    const tpl = (
      (await t.app.inject({ method: 'GET', url: '/api/templates', headers: { cookie: alex.cookie } })).json()
        .items as { id: string; name: string }[]
    ).find((x) => x.name === 'Initial outreach')!;
    const { contactId: cid } = await sentEmail('di@cranes.test');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/email-campaigns',
      payload: { templateId: tpl.id, contactIds: [cid] },
      headers: { cookie: alex.cookie },
    });
    expect(res.statusCode).toBe(201);
    const row = await t.ctx.db
      .selectFrom('email_messages')
      .select('headers')
      .where('campaign_id', '=', res.json().id)
      .executeTakeFirstOrThrow();
    const mailto = /<mailto:([^?>]+)\?subject=([^>]+)>/.exec(JSON.parse(row.headers)['List-Unsubscribe'])!;
    const subject = decodeURIComponent(mailto[2]!);
    expect(subject).toMatch(/^unsubscribe \S{38}$/);
    const unsub = (s: string) =>
      inboundPost({ from: 'di@cranes.test', to: mailto[1]!, subject: s, text: '', headers: `Subject: ${s}` });
    expect((await unsub('unsubscribe AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).json()).toEqual({
      result: 'unmatched',
    });
    expect(await suppressions()).not.toContainEqual(expect.objectContaining({ email: 'di@cranes.test' }));
    expect((await unsub(subject)).json()).toEqual({ result: 'unsubscribed' });
    expect(await suppressions()).toContainEqual(
      expect.objectContaining({ email: 'di@cranes.test', reason: 'unsubscribed' }),
    );
    expect(await kinds(cid)).toContain('email.unsubscribed');
  });
});
