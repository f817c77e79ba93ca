import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SendgridStandIn, startSendgridStandIn } from '../../../../tests/support/sendgrid-stand-in';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { buildApp } from '../../app';
import type { Actor } from '../../context';
import { startJobRunner } from '../../jobs/runner';
import { type EmailProvider, emailProviderFor } from '../../providers/email';
import { createContact } from '../contacts';
import { CLAIM_MS, deliverDueEmails, emailDeliveryJob, MAX_ATTEMPTS } from './delivery';
import { ensureStarterTemplates } from './starter-templates';

const API_KEY = 'SG.test-secret-key-do-not-log';
let sg: SendgridStandIn;
let t: TestApp;
let alex: { id: string; cookie: string };
let manager: Actor;
let provider: EmailProvider;

beforeAll(async () => {
  sg = await startSendgridStandIn();
  t = await createTestApp({
    EMAIL_PROVIDER: 'sendgrid',
    SENDGRID_API_KEY: API_KEY,
    SENDGRID_BASE_URL: sg.baseUrl,
    EMAIL_BULK_PER_MINUTE: '10000',
  });
  await ensureStarterTemplates(t.ctx);
  alex = await t.userWithSession('rep');
  const m = await t.userWithSession('manager');
  manager = { id: m.id, name: 'Dana', role: 'manager', ip: null };
  provider = emailProviderFor(t.ctx.config, { timeoutMs: 300 });
});
afterAll(async () => {
  await t.close();
  await sg.close();
});

let n = 0;
const leads = async (count: number) => {
  const ids: string[] = [];
  for (let i = 0; i < count; i++)
    ids.push(
      (
        await createContact(
          t.ctx,
          manager,
          { firstName: `Lead${n}`, email: `l${n++}@haul.test`, state: 'TX', ownerId: alex.id },
          { allowDuplicate: true },
        )
      ).id,
    );
  return ids;
};
const templateId = async () =>
  (
    (await t.app.inject({ method: 'GET', url: '/api/templates', headers: { cookie: alex.cookie } })).json()
      .items as { id: string; name: string }[]
  ).find((x) => x.name === 'Initial outreach')!.id;
const outboxRow = (id: string) =>
  t.app
    .inject({ method: 'GET', url: `/api/outbox/${id}`, headers: { cookie: alex.cookie } })
    .then((r) => r.json());

describe('delivery through SendGrid (stand-in)', () => {
  it('sends with the idempotency key, the sender and reply-to', async () => {
    const [id] = await leads(1);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/emails',
      payload: { contactId: id, templateId: await templateId(), allowMissing: true },
      headers: { cookie: alex.cookie },
    });
    const msg = res.json().message;
    await deliverDueEmails(t.ctx, provider);
    const got = sg.requests.at(-1)!;
    expect(got.authorization).toBe(`Bearer ${API_KEY}`);
    expect(got.key).toBe(`lowboy-${msg.id}`);
    expect(got.body.custom_args).toMatchObject({ lowboy_message_id: msg.id });
    expect(got.body.from.name).toMatch(/ via Heavy Haulers$/);
    expect(got.body.reply_to?.email).toBeTruthy();
    expect(await outboxRow(msg.id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('retries 429/500/hangs with backoff, says so, and fails after the last try with a timeline event', async () => {
    const [id] = await leads(1);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/emails',
      payload: { contactId: id, templateId: await templateId(), allowMissing: true },
      headers: { cookie: alex.cookie },
    });
    const msg = res.json().message;
    const modes = [429, 500, 'hang', 500, 500] as const;
    for (const [i, mode] of modes.entries()) {
      sg.setMode(mode);
      expect(await deliverDueEmails(t.ctx, provider)).toBe(1);
      const row = await outboxRow(msg.id);
      if (i < MAX_ATTEMPTS - 1) {
        expect(row).toMatchObject({
          status: 'queued',
          statusDetail: `queued — provider unreachable (${i + 1} ${i ? 'tries' : 'try'})`,
        });
        expect(await deliverDueEmails(t.ctx, provider)).toBe(0); // not due yet: backoff
        t.clock.advance(30_000 * 2 ** i);
      } else expect(row.status).toBe('failed');
    }
    sg.setMode(202);
    const timeline = (
      await t.app.inject({
        method: 'GET',
        url: `/api/contacts/${id}/timeline`,
        headers: { cookie: alex.cookie },
      })
    ).json().items as { kind: string }[];
    expect(timeline.map((e) => e.kind)).toContain('email.failed');
  });

  it('delivers a 1,000-recipient campaign exactly once although the runner dies midway', async () => {
    const ids = await leads(1000);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/email-campaigns',
      payload: { templateId: await templateId(), contactIds: ids },
      headers: { cookie: alex.cookie },
    });
    expect(res.statusCode).toBe(201);
    const campaign = res.json();
    expect(campaign.total).toBe(1000);
    const before = sg.delivered.size;
    const requestsBefore = sg.requests.length;

    // The first runner "crashes" right after its 437th send reached SendGrid, before confirming it.
    let sends = 0;
    const crashing: EmailProvider = {
      name: 'sendgrid',
      send: async (m) => {
        const r = await provider.send(m);
        if (++sends === 437) throw new Error('process killed');
        return r;
      },
    };
    const errors: unknown[] = [];
    const first = startJobRunner(t.ctx, [emailDeliveryJob({ provider: crashing })], {
      log: { error: (e) => errors.push(e) },
      pollMs: 5,
    });
    await expect.poll(() => sends, { timeout: 100_000, interval: 10 }).toBeGreaterThanOrEqual(437);
    await first.stop();
    expect(errors.length).toBeGreaterThan(0);

    // A fresh runner after the dead one's claims ran out finishes the job.
    t.clock.advance(CLAIM_MS + 1);
    const second = startJobRunner(t.ctx, [emailDeliveryJob({ provider })], {
      log: { error: (e) => errors.push(e) },
      pollMs: 5,
    });
    const progressNow = async () =>
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/email-campaigns/${campaign.id}`,
          headers: { cookie: alex.cookie },
        })
      ).json();
    await expect
      .poll(async () => (await progressNow()).status, { timeout: 100_000, interval: 50 })
      .toBe('done');
    const progress = await progressNow();
    await second.stop();
    expect(progress).toMatchObject({ status: 'done', sent: 1000, queued: 0, failed: 0 });
    expect(sg.delivered.size - before).toBe(1000);
    // The unconfirmed ones went out again with the same key; the stand-in counted each once.
    expect(sg.requests.length - requestsBefore).toBeGreaterThan(1000);
    const headers = sg.requests.at(-1)!.body.headers!;
    expect(headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
  }, 120_000);

  it('keeps the API key out of the settings API and the logs', async () => {
    let logged = '';
    const stream = new Writable({
      write(chunk, _enc, done) {
        logged += String(chunk);
        done();
      },
    });
    const app = await buildApp(t.ctx, { logger: { level: 'trace', stream } });
    const admin = await t.userWithSession('admin');
    const res = await app.inject({
      method: 'GET',
      url: '/api/email/settings',
      headers: { cookie: admin.cookie },
    });
    expect(res.json()).toMatchObject({ provider: 'sendgrid', hasSecret: true });
    expect(res.body).not.toContain(API_KEY);
    sg.setMode(500);
    const [id] = await leads(1);
    const queued = await app.inject({
      method: 'POST',
      url: '/api/emails',
      payload: { contactId: id, templateId: await templateId(), allowMissing: true },
      headers: { cookie: alex.cookie },
    });
    const runner = startJobRunner(t.ctx, [emailDeliveryJob({ provider })], { log: app.log, pollMs: 5 });
    // Until SendGrid's 500 is recorded on the message: the failed attempt has been through the log by then.
    const lastError = async () =>
      (
        await t.ctx.db
          .selectFrom('email_messages')
          .select('last_error')
          .where('id', '=', queued.json().message.id)
          .executeTakeFirstOrThrow()
      ).last_error;
    await expect.poll(lastError, { timeout: 10_000, interval: 20 }).not.toBeNull();
    await runner.stop();
    sg.setMode(202);
    await app.close();
    expect(logged.length).toBeGreaterThan(0);
    expect(logged).not.toContain(API_KEY);
  });
});
