import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import type { Actor } from '../../context';
import { outboxProvider } from '../../providers/email/outbox';
import { createContact } from '../contacts';
import { deliverDueEmails } from './delivery';
import { renderTemplate } from './render';
import { ensureStarterTemplates } from './starter-templates';

let t: TestApp;
type Person = { id: string; cookie: string; email: string };
let manager: Person & { actor: Actor };
let alex: Person;
let sarah: Person;
let admin: Person;

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL: 'https://crm.example.com' });
  await ensureStarterTemplates(t.ctx);
  const m = await t.userWithSession('manager');
  manager = { ...m, actor: { id: m.id, name: 'Dana', role: 'manager', ip: null } };
  alex = await t.userWithSession('rep');
  sarah = await t.userWithSession('rep');
  admin = await t.userWithSession('admin');
});
afterAll(() => t.close());

let n = 0;
const lead = async (owner: Person | null, over: Record<string, string> = {}) =>
  (
    await createContact(
      t.ctx,
      manager.actor,
      {
        firstName: `Marisol${n}`,
        lastName: 'Quintero',
        email: `lead${n++}@red-river.test`,
        companyName: 'Red River Crane & Rigging',
        state: 'TX',
        ownerId: owner?.id ?? null,
        ...over,
      },
      { allowDuplicate: true },
    )
  ).id;
const api = (p: Person, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url, payload, headers: { cookie: p.cookie } });
const templateNamed = async (name: string) => {
  const items = (await api(alex, 'GET', '/api/templates')).json().items as { id: string; name: string }[];
  const found = items.find((x) => x.name === name);
  if (!found) throw new Error(`no template ${name} in ${items.map((x) => x.name).join(', ')}`);
  return found;
};

describe('rendering', () => {
  it('fills variables, escapes values, uses fallbacks and lists what is missing', () => {
    const r = renderTemplate(
      {
        subject: 'Hi {{contact.firstName | "there"}}',
        body: 'Hello **{{company.name}}** from {{rep.name}} {{rep.phone}}',
      },
      { 'contact.firstName': null, 'company.name': '<b>A&B</b> *Cranes*', 'rep.name': 'Alex Carter' },
    );
    expect(r.subject).toBe('Hi there');
    expect(r.html).toContain('<strong>&#60;b&#62;A&#38;B&#60;/b&#62; *Cranes*</strong>');
    expect(r.text).toBe('Hello <b>A&B</b> *Cranes* from Alex Carter');
    expect(r.missing).toEqual(['rep.phone']);
  });

  it('shows raw HTML in a template as text and drops script links', () => {
    expect(renderTemplate({ subject: 's', body: '<script>x()</script>' }, {}).html).not.toContain('<script>');
    const link = renderTemplate(
      { subject: 's', body: 'Book: [go](javascript:alert) [site](https://hh.test)' },
      {},
    );
    expect(link.html).toContain('<a href="#">go</a> <a href="https://hh.test">site</a>');
  });
});

describe('templates', () => {
  it('starts with the three team templates, seeded once', async () => {
    expect(await ensureStarterTemplates(t.ctx)).toBe(false);
    const names = (
      (await api(alex, 'GET', '/api/templates')).json().items as { name: string; scope: string }[]
    )
      .filter((x) => x.scope === 'team')
      .map((x) => x.name);
    expect(names).toEqual(expect.arrayContaining(['Initial outreach', 'Follow-up', 'Callback confirmation']));
  });

  it('reps keep personal templates; only managers edit team ones; stale edits get 409', async () => {
    const team = await templateNamed('Follow-up');
    const tpl = (await api(alex, 'GET', `/api/templates/${team.id}`)).json();
    expect(
      (await api(alex, 'PATCH', `/api/templates/${team.id}`, { version: tpl.version, name: 'x' })).statusCode,
    ).toBe(403);
    expect((await api(alex, 'POST', '/api/templates', { ...tpl, scope: 'team' })).statusCode).toBe(403);
    const dup = await api(alex, 'POST', '/api/templates', {
      name: 'My follow-up',
      subject: tpl.subject,
      body: tpl.body,
    });
    expect(dup.statusCode).toBe(201);
    expect(dup.json()).toMatchObject({ scope: 'personal', owner: { id: alex.id } });
    expect((await api(sarah, 'GET', `/api/templates/${dup.json().id}`)).statusCode).toBe(404);
    const ok = await api(manager, 'PATCH', `/api/templates/${team.id}`, {
      version: tpl.version,
      subject: 'New subject',
    });
    expect(ok.json()).toMatchObject({ subject: 'New subject', version: tpl.version + 1 });
    const stale = await api(manager, 'PATCH', `/api/templates/${team.id}`, {
      version: tpl.version,
      subject: 'Old',
    });
    expect(stale.statusCode).toBe(409);
    const archived = await api(alex, 'PATCH', `/api/templates/${dup.json().id}`, {
      version: 1,
      archived: true,
    });
    expect(archived.json().archived).toBe(true);
  });

  it('previews against a visible contact with a warning for empty variables', async () => {
    const id = await lead(alex);
    const tpl = await templateNamed('Initial outreach');
    const res = await api(alex, 'POST', `/api/templates/${tpl.id}/preview`, {
      contactId: id,
      body: 'Hi {{contact.firstName}}, {{contact.title}}',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ missing: ['contact.title'], blockedReason: null });
    expect(res.json().html).toContain('Marisol');
    const other = await lead(sarah, { state: 'CA' });
    expect(
      (await api(alex, 'POST', `/api/templates/${tpl.id}/preview`, { contactId: other })).statusCode,
    ).toBe(404);
  });
});

describe('sending', () => {
  it('queues an email to my lead: outbox row, timeline event; delivered by the outbox provider', async () => {
    const id = await lead(alex);
    const tpl = await templateNamed('Initial outreach');
    const res = await api(alex, 'POST', '/api/emails', {
      contactId: id,
      templateId: tpl.id,
      allowMissing: true,
    });
    expect(res.statusCode).toBe(202);
    const msg = res.json().message;
    expect(msg).toMatchObject({
      status: 'queued',
      provider: 'outbox',
      to: expect.stringContaining('@red-river.test'),
    });
    expect(msg.from).toMatch(/ via Heavy Haulers <sales@heavyhaulerslogistics.com>$/);
    expect(msg.replyTo).toBe(alex.email);
    const timeline = (await api(alex, 'GET', `/api/contacts/${id}/timeline`)).json().items as {
      kind: string;
    }[];
    expect(timeline.map((e) => e.kind)).toContain('email.queued');
    await deliverDueEmails(t.ctx, outboxProvider());
    const outbox = (await api(alex, 'GET', '/api/outbox')).json().items as { id: string; status: string }[];
    expect(outbox.find((m) => m.id === msg.id)?.status).toBe('sent');
  });

  it('refuses others’ leads, suppressed addresses and empty variables with clear reasons', async () => {
    const tpl = await templateNamed('Initial outreach');
    const theirs = await lead(sarah);
    const denied = await api(alex, 'POST', '/api/emails', { contactId: theirs, templateId: tpl.id });
    expect(denied.statusCode).toBe(404); // not even visible to Alex in the default territory mode? CA vs TX
    const visibleTheirs = await lead(sarah, { state: 'TX' });
    await t.setTerritory(alex.id, ['TX']);
    const owned = await api(alex, 'POST', '/api/emails', { contactId: visibleTheirs, templateId: tpl.id });
    expect([403, 404]).toContain(owned.statusCode);
    if (owned.statusCode === 403) expect(owned.json().error.message).toMatch(/^Owned by /);

    const mine = await lead(alex, { title: '' });
    const missing = await api(alex, 'POST', '/api/emails', {
      contactId: mine,
      templateId: null,
      subject: 'Hi',
      body: 'Dear {{contact.title}}',
    });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().error).toMatchObject({
      code: 'missing_variables',
      details: { missing: ['contact.title'] },
    });

    const email = `lead${n - 1}@red-river.test`;
    expect(
      (await api(manager, 'POST', '/api/suppressions', { email: email.toUpperCase(), note: 'asked' }))
        .statusCode,
    ).toBe(201);
    const blocked = await api(alex, 'POST', '/api/emails', {
      contactId: mine,
      templateId: tpl.id,
      allowMissing: true,
    });
    expect(blocked.statusCode).toBe(422);
    expect(blocked.json().error).toMatchObject({
      code: 'suppressed',
      message: `${email} is on the do-not-email list.`,
    });
    expect((await api(alex, 'GET', '/api/suppressions')).statusCode).toBe(403);
    expect((await api(manager, 'DELETE', `/api/suppressions/${encodeURIComponent(email)}`)).statusCode).toBe(
      204,
    );
  });

  it('test-sends to myself with the contact’s data, off the timeline', async () => {
    const id = await lead(alex);
    const tpl = await templateNamed('Callback confirmation');
    const res = await api(alex, 'POST', '/api/emails/test', { templateId: tpl.id, contactId: id });
    expect(res.statusCode).toBe(202);
    expect(res.json().message).toMatchObject({ to: alex.email, isTest: true });
    expect(res.json().message.subject).toMatch(/^\[Test\]/);
    const timeline = (await api(alex, 'GET', `/api/contacts/${id}/timeline`)).json().items as {
      kind: string;
    }[];
    expect(timeline.map((e) => e.kind)).not.toContain('email.queued');
  });
});

describe('bulk and unsubscribe', () => {
  it('plans a rep’s campaign: skips no-email, suppressed and not-mine, with reasons', async () => {
    const tpl = await templateNamed('Initial outreach');
    const ok = await lead(alex);
    const noEmail = await lead(alex, { email: '' });
    const notMine = await lead(null);
    const res = await api(alex, 'POST', '/api/email-campaigns', {
      templateId: tpl.id,
      contactIds: [ok, noEmail, notMine],
      dryRun: true,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBe(1);
    expect(
      res
        .json()
        .skipped.map((s: { reason: string }) => s.reason)
        .sort(),
    ).toEqual(['No email address', 'Not your lead']);
  });

  it('sends with List-Unsubscribe and a footer; one-click unsubscribe works without a session', async () => {
    const tpl = await templateNamed('Initial outreach');
    const id = await lead(alex);
    const res = await api(alex, 'POST', '/api/email-campaigns', { templateId: tpl.id, contactIds: [id] });
    expect(res.statusCode).toBe(201);
    const msg = (await api(alex, 'GET', `/api/outbox?contactId=${id}`)).json().items[0];
    expect(msg.html).toContain('1200 Industrial Blvd');
    const row = await t.ctx.db
      .selectFrom('email_messages')
      .select('headers')
      .where('id', '=', msg.id)
      .executeTakeFirstOrThrow();
    const headers = JSON.parse(row.headers) as Record<string, string>;
    expect(headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const url = /<(https:\/\/crm\.example\.com\/u\/[^>]+)>/.exec(headers['List-Unsubscribe']!)![1]!;
    expect(msg.html).toContain(`href="${url}"`); // the footer's link is this message's own
    expect(msg.text).toContain(url);
    const path = new URL(url).pathname;
    const pageRes = await t.app.inject({ method: 'GET', url: path });
    expect(pageRes.statusCode).toBe(200);
    expect(pageRes.body).toContain('<form method="post">');
    const post = await t.app.inject({
      method: 'POST',
      url: path,
      payload: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://mail.example.net' },
    });
    expect(post.statusCode).toBe(200);
    const list = (await api(manager, 'GET', '/api/suppressions')).json().items as {
      email: string;
      reason: string;
    }[];
    expect(list).toContainEqual(expect.objectContaining({ email: msg.to, reason: 'unsubscribed' }));
    const timeline = (await api(alex, 'GET', `/api/contacts/${id}/timeline`)).json().items as {
      kind: string;
    }[];
    expect(timeline.map((e) => e.kind)).toContain('email.unsubscribed');
    expect((await t.app.inject({ method: 'POST', url: `${path.slice(0, -3)}xyz` })).statusCode).toBe(404);
  });
});

describe('settings', () => {
  it('shows admins the configuration without secrets', async () => {
    const res = await api(admin, 'GET', '/api/email/settings');
    expect(res.json()).toEqual({
      provider: 'outbox',
      fromEmail: 'sales@heavyhaulerslogistics.com',
      fromName: 'Heavy Haulers',
      postalAddress: expect.any(String),
      bulkPerMinute: 60,
      hasSecret: false,
    });
    expect((await api(manager, 'GET', '/api/email/settings')).statusCode).toBe(403);
  });
});
