import type { Db, SuppressionsTable } from '../../../db/types';
import type { AppContext } from '../../context';
import { newId } from '../../ids';
import { insertTimelineEvents, type TimelineEventInput } from '../timeline';
import {
  findMessagesForEvents,
  insertEventsOnce,
  type MessageRefs,
  updateMessagesFromEvents,
} from './events-repo';
import type { MessageRow } from './messages-repo';
import { normalEmail } from './suppressions';
import { insertSuppressions } from './suppressions-repo';

// SendGrid's Event Webhook (verified by the route): each event lands once (sg_event_id), moves the message's
// status forward, goes on the contact's timeline, and bounces, spam reports and unsubscribes suppress.

export type SendgridEvent = {
  event?: string;
  email?: string;
  timestamp?: number;
  sg_event_id?: string;
  sg_message_id?: string;
  type?: string;
  reason?: string;
  url?: string;
  lowboy_message_id?: string;
  lowboy_key?: string;
};

const progress = ['queued', 'sending', 'sent', 'delivered', 'opened', 'clicked', 'replied'];
const forward = (from: string, to: string) =>
  progress.indexOf(to) > progress.indexOf(from) && progress.includes(from);

type Effect = {
  set: Partial<MessageRow>;
  status?: string;
  timeline?: string;
  suppress?: 'bounced' | 'spam_report' | 'unsubscribed';
};

function effectOf(e: SendgridEvent, m: MessageRow | undefined, at: string): Effect | null {
  switch (e.event) {
    case 'delivered':
      return {
        set: { delivered_at: m?.delivered_at ?? at },
        status: 'delivered',
        timeline: m?.delivered_at ? undefined : 'email.delivered',
      };
    case 'open':
      return {
        set: { opened_at: m?.opened_at ?? at },
        status: 'opened',
        timeline: m?.opened_at ? undefined : 'email.opened',
      };
    case 'click':
      return {
        set: { clicked_at: m?.clicked_at ?? at },
        status: 'clicked',
        timeline: m?.clicked_at ? undefined : 'email.clicked',
      };
    case 'bounce': {
      const hard = e.type !== 'blocked';
      return {
        set: { bounced_at: at, last_error: e.reason ?? 'Bounced' },
        status: 'bounced',
        timeline: 'email.bounced',
        suppress: hard ? 'bounced' : undefined,
      };
    }
    case 'dropped':
      return {
        set: { last_error: e.reason ?? 'Dropped by the provider' },
        status: 'dropped',
        timeline: 'email.dropped',
      };
    case 'spamreport':
      return { set: {}, status: 'spam', timeline: 'email.spam_reported', suppress: 'spam_report' };
    case 'unsubscribe':
    case 'group_unsubscribe':
      return { set: {}, timeline: 'email.unsubscribed', suppress: 'unsubscribed' };
    default:
      return null; // processed, deferred…: stored, nothing to show
  }
}

/** Which message an event names: our idempotency key, else our id, else SendGrid's id (before the dot). */
function refOf(e: SendgridEvent): { kind: keyof MessageRefs; value: string } | null {
  const str = (v: unknown) => (typeof v === 'string' && v ? v : null);
  const key = str(e.lowboy_key);
  if (key) return { kind: 'keys', value: key };
  const id = str(e.lowboy_message_id);
  if (id) return { kind: 'ids', value: id };
  const provider = str(e.sg_message_id)?.split('.')[0];
  return provider ? { kind: 'providerIds', value: provider } : null;
}

/** The messages of a post's events, and a lookup from an event to its message. */
async function loadMessages(db: Db, events: SendgridEvent[]) {
  const refs: MessageRefs = { keys: [], ids: [], providerIds: [] };
  for (const e of events) {
    const r = refOf(e);
    if (r) refs[r.kind].push(r.value);
  }
  for (const k of ['keys', 'ids', 'providerIds'] as const) refs[k] = [...new Set(refs[k])];
  const rows = await findMessagesForEvents(db, refs);
  const by = { keys: new Map<string, MessageRow>(), ids: new Map(), providerIds: new Map() };
  for (const m of rows) {
    by.keys.set(m.idempotency_key, m);
    by.ids.set(m.id, m);
    if (m.provider_message_id && !by.providerIds.has(m.provider_message_id))
      by.providerIds.set(m.provider_message_id, m);
  }
  return (e: SendgridEvent): MessageRow | undefined => {
    const r = refOf(e);
    return r ? by[r.kind].get(r.value) : undefined;
  };
}

const occurredAt = (e: SendgridEvent, receivedAt: string) =>
  typeof e.timestamp === 'number' ? new Date(e.timestamp * 1000).toISOString() : receivedAt;

/**
 * One webhook post (a batch) in one transaction and a handful of statements whatever its size: the messages
 * of all its events in one query, the events in one insert-once (an sg_event_id seen before, in this post or
 * an earlier one, counts once), then each new event applied in the post's order to the message as the
 * previous ones left it, and the messages, timeline events and suppressions written in one statement each.
 * Returns how many events were new.
 */
export async function ingestSendgridEvents(ctx: AppContext, events: SendgridEvent[]): Promise<number> {
  const receivedAt = ctx.clock.now().toISOString();
  const unique = new Map<string, SendgridEvent>();
  for (const e of events)
    if (e && typeof e === 'object' && e.sg_event_id && !unique.has(String(e.sg_event_id)))
      unique.set(String(e.sg_event_id), e);
  if (unique.size === 0) return 0;
  const list = [...unique.values()];
  return ctx.db.transaction().execute(async (trx) => {
    const messageOf = await loadMessages(trx, list);
    const fresh = await insertEventsOnce(
      trx,
      [...unique].map(([sgEventId, e]) => ({
        id: newId(),
        sg_event_id: sgEventId,
        message_id: messageOf(e)?.id ?? null,
        event: String(e.event ?? 'unknown'),
        email: typeof e.email === 'string' ? e.email : null,
        data: JSON.stringify(e),
        occurred_at: occurredAt(e, receivedAt),
        received_at: receivedAt,
      })),
    );
    const changed = new Map<string, MessageRow>(); // each message's state after the events so far
    const timeline: TimelineEventInput[] = [];
    const suppress = new Map<string, SuppressionsTable>(); // the first reason for an address stays
    for (const [sgEventId, e] of unique) {
      if (!fresh.has(sgEventId)) continue;
      const at = occurredAt(e, receivedAt);
      const loaded = messageOf(e);
      const m = loaded ? (changed.get(loaded.id) ?? { ...loaded }) : undefined;
      const effect = effectOf(e, m, at);
      if (!effect) continue;
      if (m) {
        const bad = ['bounced', 'dropped', 'spam'].includes(effect.status ?? '') && m.status !== 'replied';
        const status = effect.status && (bad || forward(m.status, effect.status)) ? effect.status : m.status;
        Object.assign(m, effect.set, { status, updated_at: receivedAt });
        changed.set(m.id, m);
        if (effect.timeline && m.contact_id && m.is_test === 0)
          timeline.push({
            kind: effect.timeline,
            contactId: m.contact_id,
            actorId: null,
            data: {
              messageId: m.id,
              subject: m.subject,
              ...(e.url ? { url: e.url } : {}),
              ...(e.reason ? { reason: e.reason } : {}),
            },
            at,
          });
      }
      const email = e.email ?? m?.to_email;
      if (effect.suppress && email && !suppress.has(normalEmail(email)))
        suppress.set(normalEmail(email), {
          email: normalEmail(email),
          reason: effect.suppress,
          note: `SendGrid ${e.event}${e.reason ? `: ${e.reason}` : ''}`,
          created_by: null,
          created_at: at,
        });
    }
    await updateMessagesFromEvents(trx, [...changed.values()]);
    await insertTimelineEvents(trx, timeline);
    await insertSuppressions(trx, [...suppress.values()]);
    return fresh.size;
  });
}
