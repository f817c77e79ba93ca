import { Group, Stack, Text, ThemeIcon, Tooltip } from '@mantine/core';
import {
  IconCalendarEvent,
  IconFileImport,
  IconNote,
  IconPencil,
  IconPhone,
  IconPlayerSkipForward,
  IconPoint,
  IconRestore,
  IconTrash,
  IconUserPlus,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { formatExact, formatRelative } from '../../lib/format';
import { CallEventBody, isCallEvent } from './call-timeline';
import { emailEventDetail, emailEventLooks } from './email-timeline';
import { leadEventDetail } from './lead-timeline';
import type { TimelineEvent } from './timeline-api';
import { changesOf, describeChange, eventSentence } from './timeline-text';

type Icon = ComponentType<{ size?: number; stroke?: number }>;
const kindLooks: Record<string, { icon: Icon; color: string }> = {
  'contact.created': { icon: IconUserPlus, color: 'teal' },
  'contact.imported': { icon: IconFileImport, color: 'grape' },
  'contact.updated': { icon: IconPencil, color: 'blue' },
  'contact.deleted': { icon: IconTrash, color: 'red' },
  'contact.restored': { icon: IconRestore, color: 'teal' },
  note: { icon: IconNote, color: 'yellow' },
  ...emailEventLooks,
  'call.logged': { icon: IconPhone, color: 'teal' },
  'call.skipped': { icon: IconPlayerSkipForward, color: 'gray' },
  'task.rescheduled': { icon: IconCalendarEvent, color: 'blue' },
  'task.reassigned': { icon: IconCalendarEvent, color: 'blue' },
};

export function TimelineBullet({ kind }: { kind: string }) {
  const look = kindLooks[kind] ?? { icon: IconPoint, color: 'gray' };
  const Icon = look.icon;
  return (
    <ThemeIcon size={24} radius="xl" variant="light" color={look.color}>
      <Icon size={14} stroke={1.8} />
    </ThemeIcon>
  );
}

export function TimelineTitle({ event }: { event: TimelineEvent }) {
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap" align="baseline">
      <Text fw={500} size="sm">
        {eventSentence(event.kind, event.actor?.name ?? null)}
      </Text>
      <Tooltip label={formatExact(event.occurredAt)} withArrow openDelay={300}>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {formatRelative(event.occurredAt)}
        </Text>
      </Tooltip>
    </Group>
  );
}

/** What happened, in words: the note itself, the field changes, where an import came from. */
export function TimelineBody({
  event,
  companyName,
}: {
  event: TimelineEvent;
  companyName: (id: string) => string | null;
}) {
  if (isCallEvent(event.kind)) return <CallEventBody kind={event.kind} data={event.data} />;
  if (event.kind === 'note') {
    const body = typeof event.data?.body === 'string' ? event.data.body : '';
    return (
      <Text
        size="sm"
        mt={4}
        p="xs"
        bg="var(--mantine-color-yellow-light)"
        style={{ whiteSpace: 'pre-wrap', borderRadius: 'var(--mantine-radius-sm)' }}
      >
        {body}
      </Text>
    );
  }
  const changes = changesOf(event.data);
  if (changes.length) {
    return (
      <Stack gap={2} mt={2}>
        {changes.map(([key, change]) => {
          const line = describeChange(key, change, companyName);
          return (
            <Text key={key} size="sm" c="dimmed">
              <Text span fw={500} c="var(--mantine-color-text)">
                {line.field}:
              </Text>{' '}
              {line.text}
            </Text>
          );
        })}
      </Stack>
    );
  }
  const detail = [
    leadEventDetail(event.kind, event.data),
    emailEventDetail(event.kind, event.data),
    event.data?.fileName,
    event.data?.source === 'manual' ? null : event.data?.source,
  ]
    .filter((x): x is string => typeof x === 'string' && x.length > 0)
    .join(' · ');
  return detail ? (
    <Text size="sm" c="dimmed" mt={2}>
      {detail}
    </Text>
  ) : null;
}
