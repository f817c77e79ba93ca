import type { z } from 'zod';
import type { EmailMessage, RenderedEmail, sendEmailSchema } from '../../../shared/email';
import { isoNow } from '../../clock';
import type { Actor, AppContext } from '../../context';
import { forbidden, notFound, unprocessable } from '../../errors';
import { publishActivity } from '../../plugins/realtime-activity';
import { canEditContact } from '../access';
import { type ContactWithNames, loadVisibleContact, touchContactActivity } from '../contacts';
import { insertTimelineEvents } from '../timeline';
import { composeMessage } from './compose';
import * as repo from './messages-repo';
import { presentMessage } from './presenter';
import { renderTemplate } from './render';
import { blockedBecause, suppressedSet } from './suppressions';
import { loadUsableTemplate } from './templates';
import { type Sender, variablesFor } from './variables';
import { findSender } from './variables-repo';

type SendInput = z.infer<typeof sendEmailSchema>;

export async function loadSender(ctx: AppContext, actor: Actor): Promise<Sender> {
  const s = await findSender(ctx.db, actor.id);
  if (!s) throw notFound('User');
  return s;
}

/** Why this contact can't be emailed (no address, suppressed), or null. */
export async function blockedReason(
  ctx: AppContext,
  c: Pick<ContactWithNames, 'email'>,
): Promise<string | null> {
  if (!c.email) return 'This contact has no email address.';
  const s = (await suppressedSet(ctx.db, [c.email])).get(c.email.toLowerCase());
  return s ? blockedBecause(c.email, s) : null;
}

async function textOf(
  ctx: AppContext,
  actor: Actor,
  templateId: string | null,
  edit: { subject?: string; body?: string },
) {
  const t = templateId ? await loadUsableTemplate(ctx, actor, templateId) : null;
  const subject = edit.subject ?? t?.subject;
  const body = edit.body ?? t?.body;
  if (!subject || !body)
    throw unprocessable('no_content', 'Choose a template or write a subject and a message.');
  return { id: t?.id ?? null, subject, body };
}

export async function previewEmail(
  ctx: AppContext,
  actor: Actor,
  templateId: string,
  input: { contactId: string; subject?: string; body?: string },
): Promise<RenderedEmail> {
  const template = await textOf(ctx, actor, templateId, input);
  const contact = await loadVisibleContact(ctx, actor, input.contactId);
  const vars = await variablesFor(ctx.db, contact, await loadSender(ctx, actor));
  const r = renderTemplate(template, vars);
  return { ...r, to: contact.email, blockedReason: await blockedReason(ctx, contact) };
}

/** Queues one email to a lead: the outbox row, the timeline event and the owner's activity in one transaction. */
export async function sendEmail(ctx: AppContext, actor: Actor, input: SendInput): Promise<EmailMessage> {
  const contact = await loadVisibleContact(ctx, actor, input.contactId);
  if (!canEditContact(actor, contact))
    throw forbidden(
      contact.owner_id ? `Owned by ${contact.owner_name ?? 'another rep'}` : 'Claim this lead to email it.',
    );
  const blocked = await blockedReason(ctx, contact);
  if (blocked) throw unprocessable(contact.email ? 'suppressed' : 'no_email', blocked);
  const template = await textOf(ctx, actor, input.templateId, input);
  const at = isoNow(ctx.clock);
  const { row, rendered } = await composeMessage(ctx, {
    contact,
    sender: await loadSender(ctx, actor),
    template,
    at,
  });
  if (rendered.missing.length && !input.allowMissing)
    throw unprocessable(
      'missing_variables',
      `These fields are empty for this contact: ${rendered.missing.join(', ')}. Add a fallback or send anyway.`,
      { missing: rendered.missing },
    );
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertMessages(trx, [row]);
    await insertTimelineEvents(trx, [
      {
        kind: 'email.queued',
        contactId: contact.id,
        companyId: contact.company_id,
        actorId: actor.id,
        data: { messageId: row.id, subject: row.subject, templateId: row.template_id, to: row.to_email },
        at,
      },
    ]);
    await touchContactActivity(trx, contact.id, at, contact.owner_id === actor.id);
  });
  publishActivity(ctx, actor, {
    kind: 'email.sent',
    at,
    contact: { id: contact.id, name: contact.full_name },
    summary: `${actor.name} emailed ${contact.full_name}: ${row.subject}`,
  });
  return presentMessage({ ...row, contact_name: contact.full_name, sender_name: actor.name });
}

/** The template with the preview contact's data, to the signed-in user's own address; no timeline. */
export async function sendTestEmail(
  ctx: AppContext,
  actor: Actor,
  input: { templateId: string; contactId: string; subject?: string; body?: string },
): Promise<EmailMessage> {
  const contact = await loadVisibleContact(ctx, actor, input.contactId);
  const template = await textOf(ctx, actor, input.templateId, input);
  const sender = await loadSender(ctx, actor);
  const at = isoNow(ctx.clock);
  const { row } = await composeMessage(ctx, {
    contact,
    sender,
    template,
    at,
    isTest: true,
    to: sender.email,
  });
  await repo.insertMessages(ctx.db, [row]);
  return presentMessage({ ...row, contact_name: contact.full_name, sender_name: actor.name });
}
