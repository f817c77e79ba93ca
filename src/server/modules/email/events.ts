import type { Db } from '../../../db/types';
import type { AppContext } from '../../context';
import { newId } from '../../ids';
import { insertTimelineEvents } from '../timeline/repo';
import { insertEventOnce } from './events-repo';
import { findMessageByProviderRef, type MessageRow, updateMessage } from './messages-repo';
import { normalEmail } from './suppressions';
import { insertSuppression } from './suppressions-repo';

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

async function applyEvent(db: Db, e: SendgridEvent, receivedAt: string): Promise<boolean> {
  const at = e.timestamp ? new Date(e.timestamp * 1000).toISOString() : receivedAt;
  const m = await findMessageByProviderRef(db, {
    idempotencyKey: e.lowboy_key,
    id: e.lowboy_message_id,
    providerMessageId: e.sg_message_id?.split('.')[0],
  });
  const fresh = await insertEventOnce(db, {
    id: newId(),
    sg_event_id: e.sg_event_id!,
    message_id: m?.id ?? null,
    event: String(e.event ?? 'unknown'),
    email: e.email ?? null,
    data: JSON.stringify(e),
    occurred_at: at,
    received_at: receivedAt,
  });
  if (!fresh) return false;
  const effect = effectOf(e, m, at);
  if (!effect) return true;
  if (m) {
    const bad = ['bounced', 'dropped', 'spam'].includes(effect.status ?? '') && m.status !== 'replied';
    const status = effect.status && (bad || forward(m.status, effect.status)) ? effect.status : m.status;
    await updateMessage(db, m.id, { ...effect.set, status, updated_at: receivedAt });
    if (effect.timeline && m.contact_id && m.is_test === 0)
      await insertTimelineEvents(db, [
        {
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
        },
      ]);
  }
  const email = e.email ?? m?.to_email;
  if (effect.suppress && email)
    await insertSuppression(db, {
      email: normalEmail(email),
      reason: effect.suppress,
      note: `SendGrid ${e.event}${e.reason ? `: ${e.reason}` : ''}`,
      created_by: null,
      created_at: at,
    });
  return true;
}

/** One webhook post (a batch): one transaction; duplicates are skipped. Returns how many were new. */
export async function ingestSendgridEvents(ctx: AppContext, events: SendgridEvent[]): Promise<number> {
  const receivedAt = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    let n = 0;
    for (const e of events) if (e.sg_event_id && (await applyEvent(trx, e, receivedAt))) n += 1;
    return n;
  });
}
