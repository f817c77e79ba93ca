import { isoNow } from '../../clock';
import type { Actor, AppContext } from '../../context';
import { loadVisibleContact } from '../contacts';
import { insertTimelineEvents } from '../timeline';
import { leaseConflict, loadWorkableContact } from './log-call';
import * as repo from './repo';

/** A lease lasts this long without renewal: the call flow renews it while the rep is on the lead. */
export const LEASE_IDLE_MS = 10 * 60_000;

export type Lease = { contactId: string; user: { id: string; name: string }; expiresAt: string };

/**
 * Opens the lead in the call flow: one conditional UPDATE; renewing your own lease extends it. Taking and
 * releasing tell the live streams (who is calling); a lease that lapses shows at the next 15 s refresh.
 */
export async function leaseContact(
  ctx: AppContext,
  actor: Actor,
  contactId: string,
  retried = false,
): Promise<Lease> {
  await loadWorkableContact(ctx, actor, contactId);
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + LEASE_IDLE_MS).toISOString();
  const won = await repo.takeLease(ctx.db, contactId, actor.id, now.toISOString(), expiresAt);
  if (!won) {
    const holder = await repo.leaseHolder(ctx.db, contactId, now.toISOString());
    if (holder || retried) throw leaseConflict(holder ?? { id: '', name: 'Someone', expiresAt: expiresAt });
    // Lapsed between the UPDATE and the read: try once more.
    return leaseContact(ctx, actor, contactId, true);
  }
  ctx.events.publish({ type: 'calling', repId: actor.id });
  return { contactId, user: { id: actor.id, name: actor.name }, expiresAt };
}

/**
 * Lets go of the lead. With a reason it is a skip in the call flow, recorded as `call.skipped` (owner or
 * manager only); without one it just ends the caller's own lease.
 */
export async function releaseLease(
  ctx: AppContext,
  actor: Actor,
  contactId: string,
  skipReason?: string,
): Promise<void> {
  const c = skipReason
    ? await loadWorkableContact(ctx, actor, contactId)
    : await loadVisibleContact(ctx, actor, contactId);
  const at = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.dropLease(trx, contactId, actor.id);
    if (skipReason)
      await insertTimelineEvents(trx, [
        {
          kind: 'call.skipped',
          contactId,
          companyId: c.company_id,
          actorId: actor.id,
          data: { reason: skipReason },
          at,
        },
      ]);
  });
  ctx.events.publish({ type: 'calling', repId: actor.id });
}
