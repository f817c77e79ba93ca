import { createSign, generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import type { Actor } from '../../context';
import { outboxProvider } from '../../providers/email/outbox';
import { createContact } from '../contacts/service';
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
const event = (event: string, id: string, extra: object = {}) => ({
  email: msg.to,
  timestamp: Math.floor(t.clock.now().getTime() / 1000),
  'smtp-id': '<14c5d75ce93.dfd.64b469@ismtpd-555>',
  event,
  category: ['outreach'],
  sg_event_id: id,
  sg_message_id: 'sgid1.filterdrecv-p3mdw1-756b745b58-kmzbl-18-5F5FC76C-9.0',
  lowboy_message_id: msg.id,
  ...extra,
});
const message = () =>
  t.app
    .inject({ method: 'GET', url: `/api/outbox/${msg.id}`, headers: { cookie: alex.cookie } })
    .then((r) => r.json());
const kinds = async () =>
  (
    (
      await t.app.inject({
        method: 'GET',
        url: `/api/contacts/${contactId}/timeline`,
        headers: { cookie: alex.cookie },
      })
    ).json().items as { kind: string }[]
  ).map((e) => e.kind);

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
