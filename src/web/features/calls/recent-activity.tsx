import { Group, Paper, Skeleton, Stack, Text, ThemeIcon, Timeline, Title, Tooltip } from '@mantine/core';
import { IconPhone } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { type CallOutcome, callOutcomeSchema } from '../../../shared/calls';
import { formatDuration, formatExact, formatRelative } from '../../lib/format';
import { outcomeColors, outcomeLabels } from '../../lib/outcome-labels';
import { TimelineBody, TimelineBullet, TimelineTitle } from '../contacts/timeline-item';
import { fetchRecentActivity, RECENT_EVENTS, type RecentEvent, recentActivityKey } from './use-call-queue';

/** The last few things that happened to the lead, calls first-class: outcome, who, how long, notes. */
export function RecentActivity({ contactId }: { contactId: string }) {
  const events = useQuery({
    queryKey: recentActivityKey(contactId),
    queryFn: () => fetchRecentActivity(contactId),
    staleTime: 30_000,
  });
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Recent activity">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="sm" fw={600}>
          Recent activity
        </Title>
        <Text component={Link} to={`/contacts/${contactId}`} size="xs" c="blue" target="_blank">
          Full timeline
        </Text>
      </Group>
      {!events.data ? (
        <Stack gap="sm">
          <Skeleton height={14} width="60%" />
          <Skeleton height={14} width="80%" />
        </Stack>
      ) : events.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing yet: this is the first touch.
        </Text>
      ) : (
        <Timeline bulletSize={22} lineWidth={2}>
          {events.data.slice(0, RECENT_EVENTS).map((event) => {
            const outcome = callOutcomeOf(event);
            return outcome ? (
              <Timeline.Item key={event.id} bullet={<CallBullet outcome={outcome} />}>
                <CallEvent event={event} outcome={outcome} />
              </Timeline.Item>
            ) : (
              <Timeline.Item
                key={event.id}
                bullet={<TimelineBullet kind={event.kind} />}
                title={<TimelineTitle event={event} />}
              >
                <TimelineBody event={event} companyName={() => null} />
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </Paper>
  );
}

function callOutcomeOf(event: RecentEvent): CallOutcome | null {
  if (!event.kind.startsWith('call')) return null;
  const parsed = callOutcomeSchema.safeParse(event.data?.outcome);
  return parsed.success ? parsed.data : null;
}

function CallBullet({ outcome }: { outcome: CallOutcome }) {
  return (
    <ThemeIcon size={22} radius="xl" color={outcomeColors[outcome]} aria-hidden>
      <IconPhone size={12} stroke={2} />
    </ThemeIcon>
  );
}

function CallEvent({ event, outcome }: { event: RecentEvent; outcome: CallOutcome }) {
  const duration = typeof event.data?.durationSec === 'number' ? event.data.durationSec : null;
  const notes = typeof event.data?.notes === 'string' ? event.data.notes : '';
  return (
    <Stack gap={2}>
      <Group justify="space-between" gap="xs" wrap="nowrap" align="baseline">
        <Text size="sm" fw={500}>
          {outcomeLabels[outcome]}
          <Text span size="sm" c="dimmed" fw={400}>
            {event.actor ? ` · ${event.actor.name}` : ''}
            {duration ? ` · ${formatDuration(duration)}` : ''}
          </Text>
        </Text>
        <Tooltip label={formatExact(event.occurredAt)} withArrow openDelay={300}>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {formatRelative(event.occurredAt)}
          </Text>
        </Tooltip>
      </Group>
      {notes ? (
        <Text size="sm" c="dimmed" lineClamp={3} style={{ whiteSpace: 'pre-wrap' }}>
          {notes}
        </Text>
      ) : null}
    </Stack>
  );
}
