import type { EmailMessage } from '../../../shared/email';
import type { MessageWithNames } from './messages-repo';

export function statusDetailOf(
  m: Pick<MessageWithNames, 'status' | 'attempts' | 'last_error'>,
): string | null {
  if ((m.status === 'queued' || m.status === 'sending') && m.attempts > 0 && m.last_error)
    return `queued — provider unreachable (${m.attempts} ${m.attempts === 1 ? 'try' : 'tries'})`;
  if (m.status === 'failed' || m.status === 'bounced' || m.status === 'dropped') return m.last_error;
  return null;
}

export function presentMessage(m: MessageWithNames): EmailMessage {
  return {
    id: m.id,
    contactId: m.contact_id,
    contactName: m.contact_name,
    templateId: m.template_id,
    campaignId: m.campaign_id,
    from: `${m.from_name} <${m.from_email}>`,
    to: m.to_email,
    replyTo: m.reply_to,
    subject: m.subject,
    html: m.html,
    text: m.text,
    status: m.status as EmailMessage['status'],
    statusDetail: statusDetailOf(m),
    provider: m.provider,
    attempts: m.attempts,
    sender: m.sender_id ? { id: m.sender_id, name: m.sender_name ?? '' } : null,
    isTest: m.is_test === 1,
    createdAt: m.created_at,
    sentAt: m.sent_at,
    openedAt: m.opened_at,
    clickedAt: m.clicked_at,
    repliedAt: m.replied_at,
  };
}
