import type { AppContext } from '../../context';
import { insertTimelineEvents } from '../timeline';
import { contactsWithEmail } from './events-repo';
import { findMessage } from './messages-repo';
import { normalEmail } from './suppressions';
import { insertSuppression } from './suppressions-repo';
import { readUnsubscribeToken } from './unsubscribe-token';

/** The address a valid token names, or null (the page says the link is not valid). */
export async function unsubscribeTarget(ctx: AppContext, token: string): Promise<string | null> {
  const claim = await readUnsubscribeToken(ctx.db, token);
  return claim ? ((await findMessage(ctx.db, claim.messageId))?.to_email ?? null) : null;
}

/** Puts the address on the suppression list, once, with a timeline event on each contact that has it. */
export async function unsubscribe(ctx: AppContext, token: string): Promise<string | null> {
  const claim = await readUnsubscribeToken(ctx.db, token);
  const message = claim ? await findMessage(ctx.db, claim.messageId) : undefined;
  if (!claim || !message) return null;
  const email = normalEmail(message.to_email);
  const at = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const added = await insertSuppression(trx, {
      email,
      reason: 'unsubscribed',
      note: 'Unsubscribe link',
      created_by: null,
      created_at: at,
    });
    if (!added) return;
    const contacts = await contactsWithEmail(trx, email);
    await insertTimelineEvents(
      trx,
      contacts.map((c) => ({
        kind: 'email.unsubscribed',
        contactId: c.id,
        companyId: c.company_id,
        actorId: null,
        data: { email, messageId: claim.messageId, via: 'link' },
        at,
      })),
    );
  });
  return email;
}
