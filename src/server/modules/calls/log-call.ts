import type { Call, CallOutcome } from '../../../shared/calls';
import type { Contact } from '../../../shared/contacts';
import { isoNow } from '../../clock';
import type { Actor, AppContext } from '../../context';
import { conflict, forbidden, notFound, unprocessable } from '../../errors';
import { newId } from '../../ids';
import { publishActivity } from '../../plugins/realtime-activity';
import { canEditContact, closedStatuses, seesEverything } from '../access';
import { findContactById, loadVisibleContact, presentContact } from '../contacts';
import { logCallAtomically } from './log-call-repo';
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
 * Logs a call, atomically: the call, the lead's status/attempts/last call/activity, the caller's open tasks on the
 * lead done, a new task for a callback (or a follow-up date), the `call.logged` timeline event, and the caller's
 * lease released. The fast path is one conditional UPDATE that also checks who may work the lead, the lease and
 * the version (decision 020); only when it matches nothing do we look at why — 404/403, then 409.
 */
export async function logCall(
  ctx: AppContext,
  actor: Actor,
  contactId: string,
  input: LogCall,
): Promise<{ call: Call; contact: Contact }> {
  if (input.outcome === 'callback' && !input.followUpAt) {
    await loadWorkableContact(ctx, actor, contactId); // who may see and work it comes first (404/403)
    throw unprocessable('follow_up_required', 'A callback needs a date and time.', { path: 'followUpAt' });
  }
  const closed = (closedStatuses as readonly string[]).includes(input.outcome);
  const followUpAt = closed || !input.followUpAt ? null : new Date(input.followUpAt).toISOString();
  for (let attempt = 0; ; attempt++) {
    const at = isoNow(ctx.clock);
    const callId = newId();
    const taskId = followUpAt ? newId() : null;
    const data = {
      callId,
      outcome: input.outcome,
      durationSec: input.durationSec,
      notes: input.notes,
      followUpAt,
      taskId,
    };
    const row = await logCallAtomically(ctx.db, {
      contactId,
      repId: actor.id,
      anyOwner: seesEverything(actor) ? 1 : 0,
      version: input.contactVersion ?? null,
      status: input.outcome,
      at,
      followUpAt,
      callId,
      notes: input.notes,
      durationSec: input.durationSec,
      taskId: taskId ?? '',
      taskKind: input.outcome === 'callback' ? 'callback' : 'follow_up',
      eventId: newId(),
      dataHead: `${JSON.stringify(data).slice(0, -1)},"completedTaskIds":`,
      dataTail: `,"repName":${JSON.stringify(actor.name)}}`,
    });
    if (row) {
      publishActivity(ctx, actor, {
        kind: 'call.logged',
        at,
        contact: { id: contactId, name: row.full_name },
        summary: `${actor.name} called ${row.full_name}: ${input.outcome.replaceAll('_', ' ')}`,
      });
      ctx.events.publish({ type: 'calling', repId: actor.id }); // the call released the lease
      const call: repo.CallRow = {
        id: callId,
        contact_id: contactId,
        rep_id: actor.id,
        outcome: input.outcome,
        notes: input.notes,
        duration_sec: input.durationSec,
        follow_up_at: followUpAt,
        called_at: at,
      };
      return { call: presentCall(call, actor.name), contact: presentContact(row) };
    }
    const c = await loadWorkableContact(ctx, actor, contactId);
    await whyNotApplied(ctx.db, actor, contactId, at, input.contactVersion);
    // Live, workable, free and at the version asked: it changed since the UPDATE (PostgreSQL: another call on
    // it was committed while ours waited for the row). Once more.
    if (attempt >= 2)
      throw conflict('lead_changed_hands', 'This lead changed hands a moment ago; reload it.', {
        current: presentContact(c),
      });
  }
}

// The UPDATE matched nothing and the lead is live and the actor's to work: a lease or a stale version says why.
async function whyNotApplied(
  db: AppContext['db'],
  actor: Actor,
  contactId: string,
  at: string,
  version: number | undefined,
): Promise<void> {
  const holder = await repo.leaseHolder(db, contactId, at);
  if (holder && holder.id !== actor.id) throw leaseConflict(holder);
  const fresh = await findContactById(db, contactId);
  if (!fresh || fresh.deleted_at) throw notFound('Contact');
  if (version !== undefined && fresh.version !== version)
    throw conflict('stale_version', 'This lead changed after you opened it (another call was logged?).', {
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
