import {
  IconAlertTriangle,
  IconArrowBackUp,
  IconClick,
  IconMail,
  IconMailCheck,
  IconMailForward,
  IconMailOpened,
  IconMailX,
  IconUserMinus,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';

// How the contact timeline words and draws email events (issue 6).

export const emailEventVerbs: Record<string, string> = {
  'email.queued': 'sent an email',
  'email.sent': 'Email handed to the provider',
  'email.delivered': 'Email delivered',
  'email.opened': 'Email opened',
  'email.clicked': 'Link clicked in an email',
  'email.replied': 'Replied to an email',
  'email.bounced': 'Email bounced',
  'email.dropped': 'Email dropped by the provider',
  'email.spam': 'Marked an email as spam',
  'email.spam_reported': 'Marked an email as spam',
  'email.failed': 'Email could not be sent',
  'email.unsubscribed': 'Unsubscribed from email',
};

/** Events the contact (or the provider) caused read without the rep's name in front. */
export const emailEventsWithoutActor = new Set(
  Object.keys(emailEventVerbs).filter((k) => k !== 'email.queued'),
);

type Icon = ComponentType<{ size?: number; stroke?: number }>;
export const emailEventLooks: Record<string, { icon: Icon; color: string }> = {
  'email.queued': { icon: IconMail, color: 'gray' },
  'email.sent': { icon: IconMailForward, color: 'blue' },
  'email.delivered': { icon: IconMailCheck, color: 'teal' },
  'email.opened': { icon: IconMailOpened, color: 'green' },
  'email.clicked': { icon: IconClick, color: 'green' },
  'email.replied': { icon: IconArrowBackUp, color: 'violet' },
  'email.bounced': { icon: IconMailX, color: 'red' },
  'email.dropped': { icon: IconMailX, color: 'red' },
  'email.spam': { icon: IconAlertTriangle, color: 'red' },
  'email.spam_reported': { icon: IconAlertTriangle, color: 'red' },
  'email.failed': { icon: IconAlertTriangle, color: 'red' },
  'email.unsubscribed': { icon: IconUserMinus, color: 'orange' },
};

const text = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : null);

/** The line under an email event: the subject, and why it failed or bounced, or which link was clicked. */
export function emailEventDetail(kind: string, data: Record<string, unknown> | null): string | null {
  if (!kind.startsWith('email.') || !data) return null;
  const subject = text(data.subject);
  const extra = text(data.reason) ?? text(data.error) ?? (kind === 'email.clicked' ? text(data.url) : null);
  const template = text(data.templateName);
  return (
    [subject && `“${subject}”`, template && !subject ? template : null, extra].filter(Boolean).join(' · ') ||
    null
  );
}

export const emailEventKinds = Object.keys(emailEventVerbs);
