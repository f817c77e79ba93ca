import type { EmailMessage } from '../../../shared/email';
import type { Actor, AppContext } from '../../context';
import { notFound } from '../../errors';
import { seesEverything } from '../access';
import { loadVisibleContact } from '../contacts';
import { findMessage, listMessages } from './messages-repo';
import { presentMessage } from './presenter';

export async function listOutbox(
  ctx: AppContext,
  actor: Actor,
  q: { contactId?: string; status?: string; cursor?: string; limit: number },
): Promise<{ items: EmailMessage[]; nextCursor: string | null }> {
  // A contact's emails are visible to whoever sees the contact; otherwise reps see what they sent.
  if (q.contactId) await loadVisibleContact(ctx, actor, q.contactId);
  const rows = await listMessages(ctx.db, {
    senderId: seesEverything(actor) || q.contactId ? undefined : actor.id,
    contactId: q.contactId,
    status: q.status,
    before: q.cursor,
    limit: q.limit + 1,
  });
  const page = rows.slice(0, q.limit);
  return {
    items: page.map(presentMessage),
    nextCursor: rows.length > q.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

export async function getMessage(ctx: AppContext, actor: Actor, id: string): Promise<EmailMessage> {
  const m = await findMessage(ctx.db, id);
  if (!m) throw notFound('Message');
  if (!seesEverything(actor) && m.sender_id !== actor.id) {
    if (!m.contact_id) throw notFound('Message');
    await loadVisibleContact(ctx, actor, m.contact_id).catch(() => {
      throw notFound('Message');
    });
  }
  return presentMessage(m);
}
