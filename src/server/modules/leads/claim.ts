import type { Contact } from '../../../shared/contacts';
import { isoNow } from '../../clock';
import type { Actor, AppContext } from '../../context';
import { AppError, conflict, forbidden, notFound } from '../../errors';
import { newId } from '../../ids';
import { publishActivity } from '../../plugins/realtime-activity';
import { defaultLeadRules, getLeadRules, seesEverything, statesOfRep } from '../access';
import { insertAudit } from '../audit';
import { findContactById, getContact, presentContact } from '../contacts';
import { handOverOpenTasks } from '../tasks';
import { insertTimelineEvents } from '../timeline';
import { claimWithinLimits } from './claim-repo';
import * as repo from './repo';

const DAY_MS = 86_400_000;

/** How many more leads the rep may claim now, or 422 naming the limit that stops them. */
export async function claimAllowance(ctx: AppContext, repId: string): Promise<number> {
  const rules = await getLeadRules(ctx);
  const own = await repo.repLimits(ctx.db, repId);
  const openLimit = own?.open_lead_limit ?? rules.openLimit;
  const dailyLimit = own?.daily_claim_limit ?? rules.dailyClaimLimit;
  const since = new Date(ctx.clock.now().getTime() - DAY_MS).toISOString();
  const [open, today] = await Promise.all([
    repo.countOpenLeads(ctx.db, repId),
    repo.countClaimsSince(ctx.db, repId, since),
  ]);
  if (open >= openLimit) {
    throw new AppError(
      422,
      'open_lead_limit',
      `You have ${open} open leads, the most you may hold (${openLimit}). Work or release some first.`,
      { limit: openLimit, current: open },
    );
  }
  if (today >= dailyLimit) {
    throw new AppError(
      422,
      'daily_claim_limit',
      `You have claimed ${today} leads in the last 24 hours, the daily limit (${dailyLimit}).`,
      { limit: dailyLimit, current: today },
    );
  }
  return Math.min(openLimit - open, dailyLimit - today);
}

function assertRep(actor: Actor): void {
  if (actor.role !== 'rep') throw forbidden('Reps claim leads; managers assign them.');
}

/**
 * Claims one lead for the rep: exactly one of any number of concurrent claimers wins. The fast path is one
 * conditional UPDATE that also checks the limits, with the timeline event (decision 013); only when it matches
 * nothing do we look at why — limits first (422), then the lead as it is now (409, 403, 404).
 */
export async function claimLead(ctx: AppContext, actor: Actor, contactId: string): Promise<Contact> {
  assertRep(actor);
  for (let attempt = 0; ; attempt++) {
    const at = isoNow(ctx.clock);
    const row = await claimWithinLimits(ctx.db, {
      contactId,
      repId: actor.id,
      at,
      since: new Date(ctx.clock.now().getTime() - DAY_MS).toISOString(),
      openDefault: defaultLeadRules.openLimit,
      dailyDefault: defaultLeadRules.dailyClaimLimit,
      eventId: newId(),
    });
    if (row) {
      const contact = presentContact({ ...row, owner_name: actor.name });
      publishActivity(ctx, actor, {
        kind: 'contact.claimed',
        at,
        contact: { id: contactId, name: contact.name },
        summary: `${actor.name} claimed ${contact.name}`,
      });
      return contact;
    }
    await claimAllowance(ctx, actor.id);
    await explainLostClaim(ctx, actor, contactId);
    // Free, in the territory and within the limits now: it changed since the UPDATE (a release). Once more.
    if (attempt >= 1)
      throw conflict('lead_changed_hands', 'This lead changed hands a moment ago; try again.');
  }
}

// The UPDATE matched nothing: say why, from the row as it is now.
async function explainLostClaim(ctx: AppContext, actor: Actor, contactId: string): Promise<void> {
  const c = await findContactById(ctx.db, contactId);
  if (!c || c.deleted_at) throw notFound('Contact');
  if (c.owner_id === actor.id)
    throw conflict('lead_already_yours', 'This lead is already yours.', {
      ownerId: actor.id,
      ownerName: actor.name,
    });
  if (c.owner_id) {
    throw conflict('lead_already_claimed', `${c.owner_name ?? 'Another rep'} already claimed this lead.`, {
      ownerId: c.owner_id,
      ownerName: c.owner_name,
    });
  }
  const states = await statesOfRep(ctx.db, actor.id);
  if (c.state && states.includes(c.state)) return;
  throw forbidden(
    `This lead is in ${c.state ?? 'no state'}, outside your territory (${states.join(', ') || 'none yet'}).`,
  );
}

/** Claims up to `count` of the best free leads in the rep's states; races lost to others are skipped. */
export async function claimNext(
  ctx: AppContext,
  actor: Actor,
  count: number,
): Promise<{ claimed: string[] }> {
  assertRep(actor);
  const allowed = Math.min(count, await claimAllowance(ctx, actor.id));
  const claimed: string[] = [];
  const at = isoNow(ctx.clock);
  while (claimed.length < allowed) {
    const candidates = await repo.findClaimCandidates(ctx.db, actor.id, (allowed - claimed.length) * 2);
    if (candidates.length === 0) break;
    for (const { id } of candidates) {
      if (claimed.length >= allowed) break;
      const won = await ctx.db.transaction().execute(async (trx) => {
        const row = await repo.claimIfFree(trx, id, actor.id, at);
        if (row)
          await insertTimelineEvents(trx, [
            {
              kind: 'contact.claimed',
              contactId: id,
              companyId: row.company_id,
              actorId: actor.id,
              data: { via: 'claim_next' },
              at,
            },
          ]);
        return Boolean(row);
      });
      if (won) {
        claimed.push(id);
        publishActivity(ctx, actor, {
          kind: 'contact.claimed',
          at,
          contact: { id, name: nameOf(candidates, id) },
          summary: `${actor.name} claimed ${nameOf(candidates, id)}`,
        });
      }
    }
  }
  return { claimed };
}

const nameOf = (rows: { id: string; full_name: string }[], id: string) =>
  rows.find((r) => r.id === id)?.full_name ?? '';

/** Back to the pool with a reason: the owner, or a manager for anyone's lead. */
export async function releaseLead(
  ctx: AppContext,
  actor: Actor,
  contactId: string,
  reason: string,
): Promise<Contact | null> {
  const c = await findContactById(ctx.db, contactId);
  if (!c || c.deleted_at) throw notFound('Contact');
  if (!c.owner_id) throw conflict('lead_not_claimed', 'This lead is already in the pool.');
  if (c.owner_id !== actor.id && !seesEverything(actor)) {
    throw forbidden('Only the owner or a manager can release this lead.');
  }
  const at = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.releaseIfOwnedBy(trx, contactId, c.owner_id!, actor.id, at);
    if (!row) throw conflict('lead_changed_hands', 'This lead changed hands a moment ago; reload it.');
    await handOverOpenTasks(trx, contactId, null, at);
    await insertTimelineEvents(trx, [
      {
        kind: 'contact.released',
        contactId,
        companyId: row.company_id,
        actorId: actor.id,
        data: { reason, previousOwnerId: c.owner_id, previousOwnerName: c.owner_name },
        at,
      },
    ]);
    await insertAudit(trx, {
      actorId: actor.id,
      action: 'contact.released',
      objectType: 'contact',
      objectId: contactId,
      ip: actor.ip,
      details: { reason },
      at,
    });
  });
  // A rep may no longer see a lead they released outside their territory: then there is nothing to show.
  return getContact(ctx, actor, contactId).catch((err: unknown) => {
    if (err instanceof AppError && err.statusCode === 404) return null;
    throw err;
  });
}
