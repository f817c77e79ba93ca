import { Anchor, Box, Divider, Drawer, Group, Stack, Tabs, Text, Timeline } from '@mantine/core';
import { Link } from 'react-router';
import type { EmailMessage } from '../../../shared/email';
import { formatExact } from '../../lib/format';
import { emailEventKinds } from '../contacts/email-timeline';
import { useTimeline } from '../contacts/timeline-api';
import { TimelineBullet } from '../contacts/timeline-item';
import { eventSentence } from '../contacts/timeline-text';
import { EmailFrame } from './email-frame';
import { MessageStatusBadge } from './message-status';

/** One message as the recipient sees it (sandboxed), with its headers and what happened to it. */
export function MessageDrawer({ message, onClose }: { message: EmailMessage; onClose: () => void }) {
  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size={760}
      title={
        <Text fw={600} size="lg" lineClamp={1}>
          {message.subject}
        </Text>
      }
    >
      <Stack gap="md">
        <Stack gap={4}>
          <Header label="From" value={message.from} />
          <Header label="To" value={message.to} />
          {message.replyTo ? <Header label="Reply-To" value={message.replyTo} /> : null}
          <Header label="Created" value={formatExact(message.createdAt)} />
          <Group gap="xs">
            <Text size="xs" c="dimmed" w={70}>
              Status
            </Text>
            <MessageStatusBadge message={message} />
            <Text size="xs" c="dimmed">
              via {message.provider}
              {message.attempts > 1 ? ` · ${message.attempts} attempts` : ''}
            </Text>
          </Group>
          {message.statusDetail ? (
            <Text size="sm" c="dimmed" ml={80}>
              {message.statusDetail}
            </Text>
          ) : null}
          {message.contactId ? (
            <Anchor component={Link} to={`/contacts/${message.contactId}`} size="sm" ml={80}>
              Open {message.contactName ?? 'the contact'}
            </Anchor>
          ) : null}
        </Stack>
        <Divider />
        <Tabs defaultValue="html">
          <Tabs.List>
            <Tabs.Tab value="html">Email</Tabs.Tab>
            <Tabs.Tab value="text">Plain text</Tabs.Tab>
            <Tabs.Tab value="events">Events</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="html" pt="sm">
            <Box style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 8 }}>
              <EmailFrame html={message.html} title={`Email: ${message.subject}`} height={560} />
            </Box>
          </Tabs.Panel>
          <Tabs.Panel value="text" pt="sm">
            <Box component="pre" m={0} fz="sm" style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit' }}>
              {message.text}
            </Box>
          </Tabs.Panel>
          <Tabs.Panel value="events" pt="md">
            <MessageEvents message={message} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Drawer>
  );
}

function Header({ label, value }: { label: string; value: string }) {
  return (
    <Group gap="xs" wrap="nowrap" align="baseline">
      <Text size="xs" c="dimmed" w={70} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </Group>
  );
}

type EventRow = { id: string; kind: string; at: string; actor: string | null };

/** The message's own timestamps, for a message without a contact (a test send) or before events load. */
function stampsOf(message: EmailMessage): EventRow[] {
  return [
    { kind: 'email.replied', at: message.repliedAt },
    { kind: 'email.clicked', at: message.clickedAt },
    { kind: 'email.opened', at: message.openedAt },
    { kind: 'email.sent', at: message.sentAt },
    { kind: 'email.queued', at: message.createdAt },
  ]
    .filter((s): s is { kind: string; at: string } => s.at !== null)
    .map((s) => ({ id: s.kind, kind: s.kind, at: s.at, actor: message.sender?.name ?? null }));
}

function MessageEvents({ message }: { message: EmailMessage }) {
  return message.contactId ? (
    <ContactMessageEvents message={message} contactId={message.contactId} />
  ) : (
    <EventList rows={stampsOf(message)} />
  );
}

/** The contact's timeline events about this message (delivered, opened, bounced…), newest first. */
function ContactMessageEvents({ message, contactId }: { message: EmailMessage; contactId: string }) {
  const timeline = useTimeline(contactId, emailEventKinds);
  const events = (timeline.data?.pages.flatMap((p) => p.items) ?? []).filter(
    (e) => e.data?.messageId === message.id,
  );
  const rows = events.length
    ? events.map((e) => ({ id: e.id, kind: e.kind, at: e.occurredAt, actor: e.actor?.name ?? null }))
    : stampsOf(message);
  return <EventList rows={rows} />;
}

function EventList({ rows }: { rows: EventRow[] }) {
  return (
    <Timeline bulletSize={24} lineWidth={2} aria-label="Message events">
      {rows.map((r) => (
        <Timeline.Item
          key={r.id}
          bullet={<TimelineBullet kind={r.kind} />}
          title={eventSentence(r.kind, r.actor)}
        >
          <Text size="xs" c="dimmed">
            {formatExact(r.at)}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
