import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { newId } from '../../ids';
import { createContact } from '../contacts';
import { type ClaimParams, claimWithinLimits } from './claim-repo';

let t: TestApp;
let repId: string;
let managerId: string;
beforeAll(async () => {
  t = await createTestApp();
  managerId = (await t.userWithSession('manager')).id;
  repId = (await t.userWithSession('rep')).id;
  await t.setTerritory(repId, ['UT']);
});
afterAll(() => t.close());

const lead = async () =>
  (
    await createContact(
      t.ctx,
      { id: managerId, name: 'M', role: 'manager', ip: null },
      { firstName: 'Grouped', state: 'UT' },
      { allowDuplicate: true },
    )
  ).id;
const params = (contactId: string, over: Partial<ClaimParams> = {}): ClaimParams => ({
  contactId,
  repId,
  at: new Date().toISOString(),
  since: new Date(Date.now() - 86_400_000).toISOString(),
  openDefault: 300,
  dailyDefault: 100,
  eventId: newId(),
  ...over,
});

describe('claims made at the same moment', () => {
  it('succeed or fail each on its own: one failing claim does not take the others with it', async () => {
    const ids = [await lead(), await lead(), await lead()];
    const bad = await lead();
    const results = await Promise.allSettled([
      claimWithinLimits(t.ctx.db, params(ids[0]!)),
      // An event without a time breaks a NOT NULL constraint: this claim (and its UPDATE) must roll back.
      claimWithinLimits(t.ctx.db, params(bad, { at: null as unknown as string })),
      claimWithinLimits(t.ctx.db, params(ids[1]!)),
      claimWithinLimits(t.ctx.db, params(ids[2]!)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    const owners = await t.ctx.db
      .selectFrom('contacts')
      .select(['id', 'owner_id'])
      .where('id', 'in', [...ids, bad])
      .execute();
    expect(Object.fromEntries(owners.map((o) => [o.id, o.owner_id]))).toEqual({
      [ids[0]!]: repId,
      [ids[1]!]: repId,
      [ids[2]!]: repId,
      [bad]: null,
    });
  });
});
