import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../context';
import { newId } from '../../ids';
import type { ContactWithNames } from '../contacts';
import type { MessageRow } from './messages-repo';
import { type Rendered, renderTemplate } from './render';
import { unsubscribeTokenFor } from './unsubscribe-token';
import { type ContactActivity, type Sender, variablesFor } from './variables';

export type ComposeInput = {
  contact: ContactWithNames;
  sender: Sender;
  template: { id: string | null; subject: string; body: string };
  /** Bulk and automated mail: unsubscribe link, List-Unsubscribe headers, postal-address footer. */
  campaignId?: string | null;
  bulk?: boolean;
  isTest?: boolean;
  /** A test send goes to the signed-in user instead of the contact. */
  to?: string;
  at: string;
  nextAttemptAt?: string;
  /** The contact's next task and last call, when the caller loaded them for many contacts at once. */
  activity?: ContactActivity;
};

export function publicBaseUrl(ctx: AppContext): string {
  return (ctx.config.publicUrl ?? `http://localhost:${ctx.config.port}`).replace(/\/$/, '');
}

const TOKEN = 'LOWBOYUNSUBSCRIBETOKENX';

function withToken(r: Rendered, token: string | undefined): Rendered {
  if (!token) return r;
  return { ...r, html: r.html.replaceAll(TOKEN, token), text: r.text.replaceAll(TOKEN, token) };
}

/** One outbox row, fully rendered (what is stored is exactly what is sent, on every attempt). */
export async function composeMessage(
  ctx: AppContext,
  input: ComposeInput,
): Promise<{ row: MessageRow; rendered: Rendered }> {
  const { email } = ctx.config;
  const id = newId();
  const replyToken = randomBytes(16).toString('hex');
  const domain = email.fromEmail.split('@')[1] ?? 'lowboy.local';
  const to = input.to ?? input.contact.email ?? '';
  const headers: Record<string, string> = {};
  let footerMarkdown: string | undefined;
  let token: string | undefined;
  if (input.bulk) {
    token = await unsubscribeTokenFor(ctx.db, { messageId: id });
    const url = `${publicBaseUrl(ctx)}/u/${token}`;
    headers['List-Unsubscribe'] = `<${url}>, <mailto:${email.fromEmail}?subject=unsubscribe%20${token}>`;
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    // The token goes in after rendering, so that the footer's markdown is the same for every recipient (the
    // render is cached by it); a token is base64url, the same escaped or not.
    footerMarkdown = `${email.postalAddress}  \nDon't want these emails? [Unsubscribe](${publicBaseUrl(ctx)}/u/${TOKEN}).`;
  }
  const vars = await variablesFor(ctx.db, input.contact, input.sender, input.activity);
  const rendered = withToken(renderTemplate(input.template, vars, { footerMarkdown }), token);
  const row: MessageRow = {
    id,
    idempotency_key: `lowboy-${id}`,
    reply_token: replyToken,
    message_id_header: `<${replyToken}@${domain}>`,
    contact_id: input.contact.id,
    template_id: input.template.id,
    campaign_id: input.campaignId ?? null,
    sender_id: input.sender.id,
    from_email: email.fromEmail,
    from_name: `${input.sender.name} via ${email.fromName}`,
    to_email: to,
    reply_to: input.sender.email,
    subject: input.isTest ? `[Test] ${rendered.subject}` : rendered.subject,
    html: rendered.html,
    text: rendered.text,
    headers: JSON.stringify(headers),
    provider: email.provider,
    status: 'queued',
    attempts: 0,
    next_attempt_at: input.nextAttemptAt ?? input.at,
    claimed_until: null,
    provider_message_id: null,
    last_error: null,
    is_test: input.isTest ? 1 : 0,
    created_at: input.at,
    updated_at: input.at,
    sent_at: null,
    delivered_at: null,
    opened_at: null,
    clicked_at: null,
    replied_at: null,
    bounced_at: null,
  };
  return { row, rendered };
}
