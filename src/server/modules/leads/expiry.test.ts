import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import type { Actor } from '../../context';
import { addNote, createContact } from '../contacts';
import { claimLead } from './claim';
import { expireStaleClaims } from './expiry';

let t: TestApp;
let manager: Actor;
let rep: Actor;
const DAY = 86_400_000;

beforeAll(async () => {
  t = await createTestApp();
  manager = { ...(await t.userWithSession('manager')), name: 'Dana', role: 'manager', ip: null };
  const r = await t.userWithSession('rep');
  rep = { id: r.id, name: 'Alex', role: 'rep', ip: null };
  await t.setTerritory(rep.id, ['TX']);
});
afterAll(() => t.close());

const owner = async (id: string) =>
  (await t.ctx.db.selectFrom('contacts').select('owner_id').where('id', '=', id).executeTakeFirstOrThrow())
    .owner_id;
const kinds = async (id: string) =>
  (
    await t.ctx.db
      .selectFrom('timeline_events')
      .select('kind')
      .where('contact_id', '=', id)
      .orderBy('id')
      .execute()
  ).map((e) => e.kind);

describe('claim expiry', () => {
  it('warns two days before and returns an untouched lead to the pool after 14 days', async () => {
    const idle = (await createContact(t.ctx, manager, { firstName: 'Idle', state: 'TX' })).id;
    const worked = (await createContact(t.ctx, manager, { firstName: 'Worked', state: 'TX' })).id;
    await claimLead(t.ctx, rep, idle);
    await claimLead(t.ctx, rep, worked);

    t.clock.advance(10 * DAY);
    await addNote(t.ctx, rep, worked, 'Left a message with dispatch');
    expect(await expireStaleClaims(t.ctx)).toEqual({ noticed: 0, expired: 0 });

    t.clock.advance(2 * DAY + 1000);
    expect(await expireStaleClaims(t.ctx)).toEqual({ noticed: 1, expired: 0 });
    expect(await expireStaleClaims(t.ctx)).toEqual({ noticed: 0, expired: 0 }); // one notice, not one a run
    expect((await kinds(idle)).at(-1)).toBe('contact.claim_expiring');

    t.clock.advance(2 * DAY);
    expect(await expireStaleClaims(t.ctx)).toEqual({ noticed: 0, expired: 1 });
    expect(await owner(idle)).toBeNull();
    expect((await kinds(idle)).at(-1)).toBe('contact.claim_expired');
    expect(await owner(worked)).toBe(rep.id);

    t.clock.advance(10 * DAY);
    expect(await expireStaleClaims(t.ctx)).toEqual({ noticed: 0, expired: 1 });
    expect(await owner(worked)).toBeNull();
  });
});
