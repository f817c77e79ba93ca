import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorOf, fixture, legacySamples, queueLegacyImport } from '../../../../../tests/support/imports';
import { createTestApp, type TestApp } from '../../../../../tests/support/test-app';
import type { Actor } from '../../../context';
import { demoPeople, makeUser } from '../../../seed/factories';
import { drainImports } from '../run-import';
import { getImport } from '../service';

const scratch = mkdtempSync(join(tmpdir(), 'lowboy-legacy-'));
let t: TestApp;
let manager: Actor;
const users: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestApp({ IMPORTS_DIR: join(scratch, 'imports') });
  manager = actorOf(await makeUser(t.ctx, { role: 'manager' }));
  for (const p of demoPeople.filter((d) => d.role === 'rep')) {
    users[p.name.split(' ')[0]!.toLowerCase()] = (await makeUser(t.ctx, { ...p, role: 'rep' })).id;
  }
});
afterAll(async () => {
  await t.close();
  rmSync(scratch, { recursive: true, force: true });
});

async function runLegacy(folder: string, launch: Parameters<typeof queueLegacyImport>[3] = {}) {
  const queued = await queueLegacyImport(t.ctx, manager, folder, launch);
  await drainImports(t.ctx);
  return getImport(t.ctx, manager, queued.id);
}
const byLegacyId = (id: string) =>
  t.ctx.db
    .selectFrom('contacts')
    .leftJoin('companies', 'companies.id', 'contacts.company_id')
    .selectAll('contacts')
    .select(['companies.name as company_name', 'companies.industry', 'companies.equipment'])
    .where('legacy_id', '=', id)
    .executeTakeFirstOrThrow();
const notesOf = (contactId: string) =>
  t.ctx.db
    .selectFrom('timeline_events')
    .selectAll()
    .where('contact_id', '=', contactId)
    .where('kind', '=', 'note')
    .execute();
async function snapshot() {
  const contacts = await t.ctx.db.selectFrom('contacts').selectAll().orderBy('legacy_id').execute();
  const events = await t.ctx.db.selectFrom('timeline_events').select('id').execute();
  const companies = await t.ctx.db.selectFrom('companies').selectAll().orderBy('name').execute();
  return { contacts, events: events.length, companies };
}

describe('importing the old dashboard (samples)', () => {
  it('creates contacts with owners, statuses, follow-ups and notes at their original times', async () => {
    const result = await runLegacy(legacySamples);
    expect(result).toMatchObject({ kind: 'legacy', status: 'done', totalRows: 20, processedRows: 20 });
    expect(result.counts).toEqual({ created: 20, updated: 0, skipped: 0, rejected: 0, warnings: 0 });

    const james = await byLegacyId('101');
    expect(james).toMatchObject({
      full_name: 'James Nguyen',
      company_name: 'Lone Star Excavation',
      industry: 'Excavation contractor',
      equipment: 'excavators, dozers',
      owner_id: users.alex,
      status: 'interested',
      phone_e164: '+17135551000',
      // "2025-08-21": 9 a.m. in Houston; "2025-08-20T10:30:00" in the office's zone (Central).
      next_follow_up_at: '2025-08-21T14:00:00.000Z',
      last_activity_at: '2025-08-20T15:30:00.000Z',
    });
    const [note] = await notesOf(james.id);
    expect(note).toMatchObject({ actor_id: users.alex, occurred_at: '2025-08-20T15:30:00.000Z' });
    expect(JSON.parse(note!.data!).body).toBe(
      'Wants quote for Texas shipment: CAT 336 excavator Houston to Odessa',
    );

    expect(await byLegacyId('108')).toMatchObject({ status: 'callback', owner_id: users.alex });
    expect(await byLegacyId('115')).toMatchObject({
      status: 'not_interested',
      owner_id: users.sarah,
      next_follow_up_at: null,
    });
    expect(await byLegacyId('122')).toMatchObject({
      status: 'not_called',
      owner_id: users.mike,
      last_activity_at: null,
    });
    expect(await byLegacyId('136')).toMatchObject({
      owner_id: users.jessica,
      next_follow_up_at: '2025-09-02T15:00:00.000Z',
    });
    expect(await byLegacyId('143')).toMatchObject({ owner_id: users.david, status: 'not_called' });
    expect(await byLegacyId('164')).toMatchObject({ status: 'left_voicemail' });
    expect(await byLegacyId('129')).toMatchObject({ owner_id: null, status: 'not_called' });
  });

  it('changes nothing when the same files are imported again', async () => {
    const before = await snapshot();
    const again = await runLegacy(legacySamples);
    expect(again.counts).toEqual({ created: 0, updated: 0, skipped: 20, rejected: 0, warnings: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('applies newer activity from a later export, but not over work done in Lowboy since', async () => {
    const folder = join(scratch, 'later');
    cpSync(legacySamples, folder, { recursive: true });
    const activities = JSON.parse(
      (await import('node:fs')).readFileSync(join(folder, 'crm_activities.json'), 'utf8'),
    ) as Record<string, Record<string, unknown>>;
    activities.contact_101 = {
      ...activities.contact_101,
      status: 'Callback',
      notes: 'Call Friday',
      follow_up_date: '2025-08-29',
      last_updated: '2025-08-25T08:00:00',
    };
    activities.contact_108 = {
      ...activities.contact_108,
      status: 'Not Interested',
      last_updated: '2025-08-25T08:00:00',
    };
    writeFileSync(join(folder, 'crm_activities.json'), JSON.stringify(activities));
    // Sarah worked 108 in Lowboy after that export.
    await t.ctx.db
      .updateTable('contacts')
      .set({ status: 'interested', last_activity_at: '2025-09-01T12:00:00.000Z' })
      .where('legacy_id', '=', '108')
      .execute();

    const result = await runLegacy(folder);
    expect(result.counts).toMatchObject({ created: 0, updated: 1, skipped: 19 });
    const james = await byLegacyId('101');
    expect(james).toMatchObject({
      status: 'callback',
      next_follow_up_at: '2025-08-29T14:00:00.000Z',
      last_activity_at: '2025-08-25T13:00:00.000Z',
    });
    expect((await notesOf(james.id)).map((n) => JSON.parse(n.data!).body).sort()).toEqual([
      'Call Friday',
      'Wants quote for Texas shipment: CAT 336 excavator Houston to Odessa',
    ]);
    expect(await byLegacyId('108')).toMatchObject({ status: 'interested' });
  });
});

describe('importing messy files', () => {
  it('imports what it can and reports every entry it could not place, never failing', async () => {
    const result = await runLegacy(fixture('legacy-messy'));
    expect(result.status).toBe('done');
    expect(result.processedRows).toBe(9);
    expect(result.counts).toEqual({ created: 5, updated: 0, skipped: 0, rejected: 8, warnings: 6 });
    expect(result.issues.map((i) => `${i.outcome} | ${i.ref} | ${i.reason}`)).toEqual([
      'rejected | contacts.json #5 (id 201) | Id 201 appears twice; the first record was kept.',
      'rejected | contacts.json #6 | The record has no numeric id.',
      'rejected | contacts.json #7 | Not a contact record.',
      'rejected | lead_assignments.json "999" | No contact with id 999.',
      'rejected | crm_activities.json contact_204 | Not an activity record.',
      'rejected | crm_activities.json contact_999 | No contact with id 999.',
      'rejected | crm_activities.json lead_207 | The key should look like contact_<id>.',
      'warning | contacts.json #2 (id 202) | Unknown status "Maybe Later"; the status was left as it was.',
      'warning | contacts.json #2 (id 202) | Follow-up date "next week" isn\'t a date; left out.',
      'warning | contacts.json #2 (id 202) | "patricia@milehighpaving" is not an email address. Left out.',
      'warning | contacts.json #3 (id 203) | lead_assignments.json names rep "rep9", who isn\'t mapped to a user.',
      'warning | contacts.json #3 (id 203) | crm_activities.json names rep "rep9", who isn\'t mapped to a user.',
      'warning | contacts.json #3 (id 203) | "Tejas" is not a US state. Left out.',
      'rejected | contacts.json #8 (id 205) | No name and no company.',
    ]);
    expect(await byLegacyId('201')).toMatchObject({
      full_name: 'James Nguyen',
      email: 'james.nguyen@lonestarexcavation.example',
      state: 'TX',
      owner_id: users.alex,
      status: 'interested',
      next_follow_up_at: '2025-08-21T14:00:00.000Z',
      last_activity_at: '2025-08-20T15:30:00.000Z',
    });
    expect(await byLegacyId('202')).toMatchObject({
      email: null,
      status: 'not_called',
      owner_id: users.sarah,
      next_follow_up_at: null,
      last_activity_at: '2025-08-19T14:00:00.000Z',
    });
    expect(await byLegacyId('203')).toMatchObject({
      state: null,
      zip: '70801',
      owner_id: null,
      status: 'left_voicemail',
      next_follow_up_at: '2025-09-02T14:00:00.000Z',
      last_activity_at: '2025-08-20T14:26:40.000Z',
    });
    expect(await byLegacyId('204')).toMatchObject({ owner_id: null, status: 'not_called' });
    expect(await byLegacyId('210')).toMatchObject({ owner_id: users.mike, last_activity_at: null });
  });

  it('is idempotent too', async () => {
    const before = await snapshot();
    const again = await runLegacy(fixture('legacy-messy'));
    expect(again.counts).toEqual({ created: 0, updated: 0, skipped: 5, rejected: 8, warnings: 6 });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses files that are not the dashboard JSON at all', async () => {
    const folder = join(scratch, 'broken');
    cpSync(legacySamples, folder, { recursive: true });
    writeFileSync(join(folder, 'lead_assignments.json'), '{"101": "rep1",');
    await expect(queueLegacyImport(t.ctx, manager, folder)).rejects.toMatchObject({
      statusCode: 422,
      code: 'unreadable_file',
      message: expect.stringContaining('lead_assignments.json is not valid JSON'),
    });
  });
});
