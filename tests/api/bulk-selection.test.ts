import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/server/context';
import { createContact } from '../../src/server/modules/contacts/service';
import { ensureStarterTemplates } from '../../src/server/modules/email/starter-templates';
import { createTestApp, type TestApp } from '../support/test-app';

// Issue 15, defect 6: `POST /api/leads/assign {"repId":null}` returned every owned lead to the pool. A bulk action
// acts on the ids it is given, or on everything matching its filter only with `allMatching: true`.

let t: TestApp;
let manager: { id: string; cookie: string };
let rep: { id: string; cookie: string };
let managerActor: Actor;

beforeAll(async () => {
  t = await createTestApp();
  await ensureStarterTemplates(t.ctx);
  manager = await t.userWithSession('manager');
  rep = await t.userWithSession('rep');
  managerActor = { id: manager.id, name: 'Dana', role: 'manager', ip: null };
});
afterAll(() => t.close());

const post = (cookie: string, url: string, payload: object) =>
  t.app.inject({ method: 'POST', url, payload, headers: { cookie } });
const ownedBy = async (ownerId: string) =>
  (await t.ctx.db.selectFrom('contacts').select('id').where('owner_id', '=', ownerId).execute()).length;

describe('a bulk action with no selection is a 400 asking which contacts', () => {
  it('assign: no ids, empty ids, or a filter without allMatching leave every lead where it is', async () => {
    for (let i = 0; i < 3; i++)
      await createContact(
        t.ctx,
        managerActor,
        { firstName: `Owned${i}`, state: 'WY', ownerId: rep.id },
        { allowDuplicate: true },
      );
    for (const body of [
      { repId: null },
      { repId: null, contactIds: [] },
      { repId: null, filter: { state: ['WY'] } },
      { repId: null, filter: {}, allMatching: false },
    ]) {
      const res = await post(manager.cookie, '/api/leads/assign', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.code).toBe('selection_required');
      expect(res.json().error.message).toMatch(/Choose which leads/);
    }
    expect(await ownedBy(rep.id)).toBe(3);

    const all = await post(manager.cookie, '/api/leads/assign', {
      repId: null,
      filter: { state: ['WY'] },
      allMatching: true,
    });
    expect(all.json()).toMatchObject({ assigned: 3 });
    expect(await ownedBy(rep.id)).toBe(0);
  });

  it('assign: ids and allMatching together are ambiguous', async () => {
    const id = (await createContact(t.ctx, managerActor, { firstName: 'Both', state: 'WY' })).id;
    const res = await post(manager.cookie, '/api/leads/assign', {
      repId: rep.id,
      contactIds: [id],
      allMatching: true,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('ambiguous_selection');
  });

  it('bulk tags: no selection or a filter without allMatching is a 400; with it, every match is tagged', async () => {
    await createContact(t.ctx, managerActor, { firstName: 'Tagme', state: 'VT' });
    for (const body of [{ add: ['x'] }, { add: ['x'], filter: { state: ['VT'] } }]) {
      const res = await post(manager.cookie, '/api/contacts/bulk/tags', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.code).toBe('selection_required');
    }
    const all = await post(manager.cookie, '/api/contacts/bulk/tags', {
      add: ['x'],
      filter: { state: ['VT'] },
      allMatching: true,
    });
    expect(all.json()).toEqual({ updated: 1, skipped: 0 });
  });

  it('bulk email: no selection or a filter without allMatching is a 400', async () => {
    const templateId = (await t.ctx.db.selectFrom('email_templates').select('id').executeTakeFirstOrThrow())
      .id;
    for (const body of [{ templateId }, { templateId, filter: {} }, { templateId, contactIds: [] }]) {
      const res = await post(manager.cookie, '/api/email-campaigns', { ...body, dryRun: true });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.code).toBe('selection_required');
    }
    const all = await post(manager.cookie, '/api/email-campaigns', {
      templateId,
      filter: {},
      allMatching: true,
      dryRun: true,
    });
    expect(all.statusCode).toBe(200);
  });
});
