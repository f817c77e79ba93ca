import type { AppContext } from '../../context';
import { insertTimelineEvents } from '../timeline';
import { contactOwner } from './events-repo';
import { findMessageByReplyRef, updateMessage } from './messages-repo';
import { unsubscribe } from './unsubscribe';

// SendGrid Inbound Parse: a reply is matched to the message it answers by the Message-ID it quotes
// (In-Reply-To / References carry `<token@domain>`) or a `reply+token@` address, then marked Replied, put on
// the timeline, and the owner is told. There is no notifications table yet: the `email.replied` timeline
// event carries `notify` (the owner's id) for the web app's activity feed.

export type InboundFields = Record<string, string>;

function headerValues(raw: string, name: string): string[] {
  const unfolded = raw.replace(/\r?\n[ \t]+/g, ' ');
  const re = new RegExp(`^${name}:\\s*(.*)$`, 'gim');
  return [...unfolded.matchAll(re)].map((m) => m[1] ?? '');
}

function replyRefs(f: InboundFields) {
  const headers = f.headers ?? '';
  const idText = [...headerValues(headers, 'In-Reply-To'), ...headerValues(headers, 'References')].join(' ');
  const messageIds = [...idText.matchAll(/<[^<>\s]+>/g)].map((m) => m[0]);
  let envelopeTo = '';
  try {
    envelopeTo = ((JSON.parse(f.envelope ?? '{}') as { to?: string[] }).to ?? []).join(' ');
  } catch {}
  const addresses = `${f.to ?? ''} ${f.cc ?? ''} ${envelopeTo}`;
  const tokens = [...addresses.matchAll(/\+([a-f0-9]{32})@/gi)].map((m) => m[1]!.toLowerCase());
  for (const id of messageIds) {
    const t = /^<([a-f0-9]{32})@/i.exec(id)?.[1];
    if (t) tokens.push(t.toLowerCase());
  }
  return { tokens: [...new Set(tokens)], messageIds: [...new Set(messageIds)] };
}

export type InboundResult = 'replied' | 'unsubscribed' | 'unmatched';

export async function receiveInbound(ctx: AppContext, f: InboundFields): Promise<InboundResult> {
  const unsub = /^\s*unsubscribe\s+(\S+)/i.exec(f.subject ?? '');
  if (unsub && (await unsubscribe(ctx, unsub[1]!))) return 'unsubscribed';
  const m = await findMessageByReplyRef(ctx.db, replyRefs(f));
  if (!m) return 'unmatched';
  const at = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const first = m.replied_at === null;
    await updateMessage(trx, m.id, { status: 'replied', replied_at: m.replied_at ?? at, updated_at: at });
    if (!m.contact_id || m.is_test === 1) return;
    const owner = await contactOwner(trx, m.contact_id);
    await insertTimelineEvents(trx, [
      {
        kind: 'email.replied',
        contactId: m.contact_id,
        companyId: owner?.company_id ?? null,
        actorId: null,
        data: {
          messageId: m.id,
          subject: f.subject ?? '',
          from: f.from ?? '',
          snippet: (f.text ?? '').trim().slice(0, 500),
          firstReply: first,
          notify: owner?.owner_id ?? m.sender_id,
        },
        at,
      },
    ]);
  });
  return 'replied';
}
