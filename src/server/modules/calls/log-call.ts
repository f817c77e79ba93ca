import type { Call, CallOutcome } from '../../../shared/calls';
import type { Contact } from '../../../shared/contacts';
import { isoNow } from '../../clock';
import type { Actor, AppContext } from '../../context';
import { conflict, forbidden, notFound, unprocessable } from '../../errors';
import { newId } from '../../ids';
import { presentContact } from '../contacts/presenter';
import { findContactById, touchContactActivity } from '../contacts/repo';
import { getContact, loadVisibleContact } from '../contacts/service';
import { canEditContact } from '../contacts/visibility';
import { closedStatuses } from '../leads/rules';
import { publishActivity } from '../reports/activity';
import { completeOpenTasksOf, insertTask, refreshNextFollowUp } from '../tasks/repo';
import { insertTimelineEvents } from '../timeline/repo';
import { presentCall } from './presenter';
import * as repo from './repo';

export type LogCall = {
  outcome: CallOutcome;
  notes: string;
  durationSec: number;
  followUpAt?: string | null;
  contactVersion?: number;
};

/** Only the owner or a manager works a lead: 403 names the owner (404 when the rep can't see it at all). */
export async function loadWorkableContact(ctx: AppContext, actor: Actor, contactId: string) {
  const c = await loadVisibleContact(ctx, actor, contactId);
  if (c.deleted_at) throw notFound('Contact');
  if (!canEditContact(actor, c))
    throw forbidden(c.owner_id ? `Owned by ${c.owner_name ?? 'another rep'}` : 'Claim this lead to work it.');
  return c;
}

/**
 * Logs a call in one transaction: the call, the lead's status/attempts/last call/activity, the caller's open
 * tasks on the lead done, a new task for a callback (or a follow-up date), the `call.logged` timeline event,
 * and the caller's lease released.
 */
export async function logCall(
  ctx: AppContext,
  actor: Actor,
  contactId: string,
  input: LogCall,
): Promise<{ call: Call; contact: Contact }> {
  const c = await loadWorkableContact(ctx, actor, contactId);
  if (input.outcome === 'callback' && !input.followUpAt)
    throw unprocessable('follow_up_required', 'A callback needs a date and time.', {
      path: 'followUpAt',
    });
  const at = isoNow(ctx.clock);
  const closed = (closedStatuses as readonly string[]).includes(input.outcome);
  const followUpAt = closed || !input.followUpAt ? null : new Date(input.followUpAt).toISOString();
  const call: repo.CallRow = {
    id: newId(),
    contact_id: contactId,
    rep_id: actor.id,
    outcome: input.outcome,
    notes: input.notes,
    duration_sec: input.durationSec,
    follow_up_at: followUpAt,
    called_at: at,
  };
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await repo.applyCallToContact(trx, {
      contactId,
      repId: actor.id,
      ownerId: c.owner_id,
      version: input.contactVersion,
      status: input.outcome,
      at,
    });
    if (!updated) throw await whyNotApplied(trx, actor, contactId, c.owner_id, at, input.contactVersion);
    await repo.insertCall(trx, call);
    await touchContactActivity(trx, contactId, at, c.owner_id === actor.id);
    const done = await completeOpenTasksOf(trx, contactId, actor.id, at);
    let taskId: string | null = null;
    if (followUpAt) {
      taskId = newId();
      await insertTask(trx, {
        id: taskId,
        kind: input.outcome === 'callback' ? 'callback' : 'follow_up',
        status: 'open',
        contact_id: contactId,
        owner_id: c.owner_id ?? actor.id,
        call_id: call.id,
        due_at: followUpAt,
        note: null,
        completed_at: null,
        created_by: actor.id,
        created_at: at,
        updated_at: at,
        version: 1,
      });
    }
    if (done.length || taskId) await refreshNextFollowUp(trx, contactId);
    await insertTimelineEvents(trx, [
      {
        kind: 'call.logged',
        contactId,
        companyId: updated.company_id,
        actorId: actor.id,
        data: {
          callId: call.id,
          outcome: call.outcome,
          durationSec: call.duration_sec,
          notes: call.notes,
          followUpAt,
          taskId,
          completedTaskIds: done.map((t) => t.id),
          repName: actor.name,
        },
        at,
      },
    ]);
  });
  publishActivity(ctx, actor, {
    kind: 'call.logged',
    at,
    contact: { id: contactId, name: c.full_name },
    summary: `${actor.name} called ${c.full_name}: ${input.outcome.replaceAll('_', ' ')}`,
  });
  ctx.events?.publish({ type: 'calling', repId: actor.id }); // the call released the lease
  return { call: presentCall(call, actor.name), contact: await getContact(ctx, actor, contactId) };
}

// The UPDATE matched nothing: say why from the row as it is now (read inside the transaction).
async function whyNotApplied(
  db: AppContext['db'],
  actor: Actor,
  contactId: string,
  ownerSeen: string | null,
  at: string,
  version: number | undefined,
) {
  const holder = await repo.leaseHolder(db, contactId, at);
  if (holder && holder.id !== actor.id) return leaseConflict(holder);
  const fresh = await findContactById(db, contactId);
  if (!fresh || fresh.deleted_at) return notFound('Contact');
  if (fresh.owner_id !== ownerSeen)
    return conflict('lead_changed_hands', 'This lead changed hands a moment ago; reload it.', {
      current: presentContact(fresh),
    });
  return conflict('stale_version', 'This lead changed after you opened it (another call was logged?).', {
    current: presentContact(fresh),
    expectedVersion: version,
  });
}

export function leaseConflict(holder: { id: string; name: string; expiresAt: string }) {
  return conflict('lead_leased', `${holder.name} has this lead open in the call flow.`, {
    userId: holder.id,
    userName: holder.name,
    expiresAt: holder.expiresAt,
  });
}
