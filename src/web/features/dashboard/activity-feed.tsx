import {
  Anchor,
  Badge,
  Group,
  Paper,
  ScrollArea,
  SegmentedControl,
  Select,
  Stack,
  Text,
  ThemeIcon,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconBriefcase, IconHandGrab, IconMail, IconPhone, IconPoint } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatExact, formatRelative } from '../../lib/format';
import { useReps } from '../calls/use-reps';
import { type ActivityEvent, activityKinds, kindGroup, useActivityStream } from './use-activity-stream';

const looks: Record<string, { icon: typeof IconPoint; color: string }> = {
  call: { icon: IconPhone, color: 'teal' },
  claim: { icon: IconHandGrab, color: 'blue' },
  email: { icon: IconMail, color: 'grape' },
  deal: { icon: IconBriefcase, color: 'orange' },
  other: { icon: IconPoint, color: 'gray' },
};

function ActivityRow({ event }: { event: ActivityEvent }) {
  const look = looks[kindGroup(event.kind)] ?? looks.other;
  const Icon = look?.icon ?? IconPoint;
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start" py={6}>
      <ThemeIcon size={28} radius="xl" variant="light" color={look?.color}>
        <Icon size={15} />
      </ThemeIcon>
      <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
        <Text size="sm">
          {event.summary}
          {event.contact ? (
            <>
              {' · '}
              <Anchor component={Link} to={`/contacts/${event.contact.id}`} size="sm">
                {event.contact.name}
              </Anchor>
            </>
          ) : null}
        </Text>
        <Tooltip label={formatExact(event.at)} openDelay={300}>
          <Text size="xs" c="dimmed" w="fit-content">
            {formatRelative(event.at)}
          </Text>
        </Tooltip>
      </Stack>
    </Group>
  );
}

/** What the reps do, as it happens: calls, claims, emails, deals — by rep and by kind. */
export function ActivityFeed() {
  const { events, connected } = useActivityStream();
  const reps = useReps();
  const [kind, setKind] = useState('all');
  const [repId, setRepId] = useState<string | null>(null);
  const shown = events.filter(
    (e) => (kind === 'all' || kindGroup(e.kind) === kind) && (!repId || e.actor?.id === repId),
  );
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label="Team activity">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Group gap="xs">
          <Title order={2} size="h4">
            Team activity
          </Title>
          <Badge size="sm" variant="dot" color={connected ? 'teal' : 'gray'}>
            {connected ? 'Live' : 'Connecting…'}
          </Badge>
        </Group>
        <Select
          aria-label="Activity rep"
          placeholder="All reps"
          data={reps.map((r) => ({ value: r.id, label: r.name }))}
          value={repId}
          onChange={setRepId}
          clearable
          size="xs"
          w={160}
        />
      </Group>
      <SegmentedControl
        size="xs"
        fullWidth
        aria-label="Activity kind"
        value={kind}
        onChange={setKind}
        data={activityKinds.map((k) => ({ value: k.value, label: k.label }))}
        mb="xs"
      />
      <ScrollArea.Autosize mah={420} type="auto" offsetScrollbars>
        {shown.length === 0 ? (
          <Text size="sm" c="dimmed" ta="center" py="xl">
            {events.length === 0
              ? 'Nothing yet — calls, claims, emails and deals appear here the moment they happen.'
              : 'Nothing of this kind yet.'}
          </Text>
        ) : (
          <Stack gap={0} aria-live="polite">
            {shown.map((event) => (
              <ActivityRow key={event.id} event={event} />
            ))}
          </Stack>
        )}
      </ScrollArea.Autosize>
    </Paper>
  );
}
