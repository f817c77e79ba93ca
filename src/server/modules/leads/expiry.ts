import type { AppContext } from '../../context';
import { getLeadRules } from '../access';
import { handOverOpenTasks } from '../tasks';
import { insertTimelineEvents } from '../timeline';
import * as repo from './repo';

const DAY_MS = 86_400_000;
const BATCH = 200;

/**
 * Claim expiry: a lead its owner has not touched (claim, call, email, note) for `expiryDays` goes back to the
 * pool; `noticeDays` before that the rep gets a notice on the lead's timeline. Each step is a conditional
 * UPDATE, so two app instances running this at once never double-release. Returns how much it did.
 */
export async function expireStaleClaims(ctx: AppContext): Promise<{ noticed: number; expired: number }> {
  const rules = await getLeadRules(ctx);
  const now = ctx.clock.now();
  const at = now.toISOString();
  const expireCutoff = new Date(now.getTime() - rules.expiryDays * DAY_MS).toISOString();
  const noticeCutoff = new Date(now.getTime() - (rules.expiryDays - rules.noticeDays) * DAY_MS).toISOString();
  let expired = 0;
  let noticed = 0;

  for (const c of await repo.findStaleClaims(ctx.db, expireCutoff, { unnoticedOnly: false, limit: BATCH })) {
    await ctx.db.transaction().execute(async (trx) => {
      if (!(await repo.expireIfStale(trx, c.id, c.owner_id!, expireCutoff, at))) return;
      await handOverOpenTasks(trx, c.id, null, at);
      await insertTimelineEvents(trx, [
        {
          kind: 'contact.claim_expired',
          contactId: c.id,
          companyId: c.company_id,
          actorId: null,
          data: { previousOwnerId: c.owner_id, untouchedSince: c.owner_touched_at, days: rules.expiryDays },
          at,
        },
      ]);
      expired++;
    });
  }
  for (const c of await repo.findStaleClaims(ctx.db, noticeCutoff, { unnoticedOnly: true, limit: BATCH })) {
    await ctx.db.transaction().execute(async (trx) => {
      if (!(await repo.markExpiryNotice(trx, c.id, c.owner_id!, at))) return;
      const expiresAt = new Date(
        new Date(c.owner_touched_at!).getTime() + rules.expiryDays * DAY_MS,
      ).toISOString();
      await insertTimelineEvents(trx, [
        {
          kind: 'contact.claim_expiring',
          contactId: c.id,
          companyId: c.company_id,
          actorId: null,
          data: { ownerId: c.owner_id, expiresAt },
          at,
        },
      ]);
      noticed++;
    });
  }
  return { noticed, expired };
}
