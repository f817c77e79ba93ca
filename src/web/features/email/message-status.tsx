import { Badge, Tooltip } from '@mantine/core';
import type { EmailMessage } from '../../../shared/email';

type Status = EmailMessage['status'];

export const messageStatusLooks: Record<Status, { label: string; color: string }> = {
  queued: { label: 'Queued', color: 'gray' },
  sending: { label: 'Sending', color: 'blue' },
  sent: { label: 'Sent', color: 'blue' },
  delivered: { label: 'Delivered', color: 'teal' },
  opened: { label: 'Opened', color: 'green' },
  clicked: { label: 'Clicked', color: 'green' },
  replied: { label: 'Replied', color: 'violet' },
  bounced: { label: 'Bounced', color: 'red' },
  dropped: { label: 'Dropped', color: 'red' },
  spam: { label: 'Spam report', color: 'red' },
  failed: { label: 'Failed', color: 'red' },
  cancelled: { label: 'Cancelled', color: 'gray' },
};

/** "Queued — provider unreachable" is said plainly on the badge, with the detail on hover. */
export function MessageStatusBadge({ message }: { message: Pick<EmailMessage, 'status' | 'statusDetail'> }) {
  const look = messageStatusLooks[message.status];
  const unreachable = message.status === 'queued' && /unreachable/i.test(message.statusDetail ?? '');
  const badge = (
    <Badge
      color={unreachable ? 'orange' : look.color}
      variant={message.status === 'queued' && !unreachable ? 'outline' : 'light'}
      radius="sm"
      tt="none"
      fw={600}
      style={{ whiteSpace: 'nowrap' }}
    >
      {unreachable ? 'Queued — provider unreachable' : look.label}
    </Badge>
  );
  return message.statusDetail ? (
    <Tooltip label={message.statusDetail} withArrow openDelay={200}>
      {badge}
    </Tooltip>
  ) : (
    badge
  );
}
