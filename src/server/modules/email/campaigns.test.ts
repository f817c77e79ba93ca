import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SendgridStandIn, startSendgridStandIn } from '../../../../tests/support/sendgrid-stand-in';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import type { Actor } from '../../context';
import { type EmailProvider, emailProviderFor } from '../../providers/email';
import { createContact } from '../contacts';
import { deliverDueEmails } from './delivery';
import { ensureStarterTemplates } from './starter-templates';

// Bulk campaigns end to end through the API, delivered to the SendGrid stand-in: cancelling one midway, and
// choosing the recipients by a filter.

let sg: SendgridStandIn;
let t: TestApp;
type Person = { id: string; cookie: string };
let alex: Person;
let sarah: Person;
let manager: Person;
let managerActor: Actor;
let provider: EmailProvider;

beforeAll(async () => {
  sg = await startSendgridStandIn();
  t = await createTestApp({
    EMAIL_PROVIDER: 'sendgrid',
    SENDGRID_API_KEY: 'SG.test-key',
    SENDGRID_BASE_URL: sg.baseUrl,
    EMAIL_BULK_PER_MINUTE: '2', // paced: two a minute, so a cancel lands while most still wait
  });
  await ensureStarterTemplates(t.ctx);
  alex = await t.userWithSession('rep');
  sarah = await t.userWithSession('rep');
  manager = await t.userWithSession('manager');
  managerActor = { id: manager.id, name: 'Dana', role: 'manager', ip: null };
  provider = emailProviderFor(t.ctx.config, { timeoutMs: 1000 });
});
afterAll(async () => {
  await t.close();
  await sg.close();
});

let n = 0;
const lead = async (owner: Person | null, over: Record<string, string> = {}) =>
  (
    await createContact(
      t.ctx,
      managerActor,
      { firstName: `Lead${n}`, email: `c${n++}@haul.test`, state: 'TX', ownerId: owner?.id ?? null, ...over },
      { allowDuplicate: true },
    )
  ).id;
const api = (p: Person, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, payload, headers: { cookie: p.cookie } });
const templateId = async () =>
  ((await api(alex, 'GET', '/api/templates')).json().items as { id: string; name: string }[]).find(
    (x) => x.name === 'Initial outreach',
  )!.id;
const outboxOf = async (p: Person, contactId: string) =>
  (await api(p, 'GET', `/api/outbox?contactId=${contactId}`)).json().items as {
    status: string;
    to: string;
  }[];

describe('campaigns', () => {
  it('cancelling stops what has not gone out: no more deliveries, progress and rows say cancelled', async () => {
    const ids = [];
    for (let i = 0; i < 6; i++) ids.push(await lead(alex));
    const res = await api(alex, 'POST', '/api/email-campaigns', {
      templateId: await templateId(),
      contactIds: ids,
    });
    expect(res.statusCode).toBe(201);
    const id = res.json().id as string;
    const delivered = sg.delivered.size;

    expect(await deliverDueEmails(t.ctx, provider)).toBe(2); // the first minute's two
    expect((await api(alex, 'GET', `/api/email-campaigns/${id}`)).json()).toMatchObject({
      status: 'sending',
      sent: 2,
      queued: 4,
    });
    expect((await api(sarah, 'POST', `/api/email-campaigns/${id}/cancel`)).statusCode).toBe(404);
    const cancelled = await api(alex, 'POST', `/api/email-campaigns/${id}/cancel`);
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', sent: 2, queued: 0, total: 6 });
    expect(cancelled.json().finishedAt).toEqual(expect.any(String));

    t.clock.advance(10 * 60_000); // every row would be due by now
    expect(await deliverDueEmails(t.ctx, provider)).toBe(0);
    expect(sg.delivered.size - delivered).toBe(2);
    expect((await api(alex, 'GET', `/api/email-campaigns/${id}`)).json()).toMatchObject({
      status: 'cancelled',
      sent: 2,
      queued: 0,
    });
    const statuses = (await Promise.all(ids.map((c) => outboxOf(alex, c)))).map((rows) => rows[0]!.status);
    expect(statuses.sort()).toEqual(['cancelled', 'cancelled', 'cancelled', 'cancelled', 'sent', 'sent']);
    // Cancelling again changes nothing.
    expect((await api(alex, 'POST', `/api/email-campaigns/${id}/cancel`)).json()).toMatchObject({
      status: 'cancelled',
      sent: 2,
    });
  });

  it('takes its recipients from a filter; a rep reaches only his own leads', async () => {
    const mine = await lead(alex, { state: 'OK', title: 'Fleet manager' });
    const mineNoEmail = await lead(alex, { state: 'OK', email: '' });
    const pool = await lead(null, { state: 'OK' });
    const hers = await lead(sarah, { state: 'OK' });
    await lead(alex, { state: 'KS' }); // outside the filter
    const filter = { state: ['OK'] };

    const plan = await api(manager, 'POST', '/api/email-campaigns', {
      templateId: await templateId(),
      filter,
      allMatching: true,
      dryRun: true,
    });
    expect(plan.json().total).toBe(3); // everyone's in Oklahoma with an address

    const res = await api(alex, 'POST', '/api/email-campaigns', {
      templateId: await templateId(),
      filter,
      allMatching: true,
    });
    expect(res.statusCode).toBe(201);
    const c = res.json() as { id: string; total: number; skipped: { contactId: string; reason: string }[] };
    expect(c.total).toBe(1);
    const skipped = new Map(c.skipped.map((s) => [s.contactId, s.reason]));
    expect(skipped.get(mineNoEmail)).toBe('No email address');
    for (const other of [pool, hers])
      if (skipped.has(other)) expect(skipped.get(other)).toBe('Not your lead');
    expect(skipped.has(mine)).toBe(false);

    const rows = await t.ctx.db
      .selectFrom('email_messages')
      .select(['contact_id'])
      .where('campaign_id', '=', c.id)
      .execute();
    expect(rows.map((r) => r.contact_id)).toEqual([mine]);
    expect(await outboxOf(sarah, hers)).toEqual([]);
    expect(await outboxOf(manager, pool)).toEqual([]);
  });

  it('never emails a deleted contact, even when the filter is the recycle bin', async () => {
    const gone = await lead(alex, { state: 'NM' });
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/contacts/${gone}`,
      headers: { cookie: manager.cookie },
    });
    expect(del.statusCode).toBe(204);
    const res = await api(manager, 'POST', '/api/email-campaigns', {
      templateId: await templateId(),
      filter: { deleted: 'only' },
      allMatching: true,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().total).toBe(0);
    const rows = await t.ctx.db
      .selectFrom('email_messages')
      .select('id')
      .where('contact_id', '=', gone)
      .execute();
    expect(rows).toEqual([]);
  });
});
