import {
  Button,
  Center,
  Group,
  Paper,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import type { Contact } from '../../../shared/contacts';
import { LoadError } from '../../components/load-error';
import { AddNote } from './add-note';
import { useTimeline } from './timeline-api';
import { TimelineBody, TimelineBullet, TimelineTitle } from './timeline-item';
import { timelineFilters } from './timeline-text';

/** Everything that happened to the contact, newest first, with the note box on top. */
export function ContactTimeline({
  contact,
  noteDisabledReason,
}: {
  contact: Contact;
  noteDisabledReason?: string;
}) {
  const [filter, setFilter] = useState('all');
  const kinds = timelineFilters.find((f) => f.value === filter)?.kinds ?? [];
  const timeline = useTimeline(contact.id, kinds);
  const events = timeline.data?.pages.flatMap((p) => p.items);
  const companyName = (id: string) => (contact.company?.id === id ? contact.company.name : null);

  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="md">
        <AddNote contactId={contact.id} disabledReason={noteDisabledReason} />
        <Group justify="space-between" mt="xs">
          <Title order={2}>Activity</Title>
          <SegmentedControl
            size="xs"
            aria-label="Show activity"
            value={filter}
            onChange={setFilter}
            data={timelineFilters.map(({ value, label }) => ({ value, label }))}
          />
        </Group>
        {timeline.isError ? (
          <LoadError
            title="Activity could not load"
            error={timeline.error}
            onRetry={() => timeline.refetch()}
          />
        ) : !events ? (
          <Stack gap="md" aria-busy>
            {[0, 1, 2].map((i) => (
              <Group key={i} gap="sm" wrap="nowrap" align="flex-start">
                <Skeleton circle height={24} />
                <Stack gap={6} style={{ flex: 1 }}>
                  <Skeleton height={12} width="45%" />
                  <Skeleton height={10} width="70%" />
                </Stack>
              </Group>
            ))}
          </Stack>
        ) : events.length === 0 ? (
          <Text c="dimmed" ta="center" py="lg">
            {filter === 'all' ? 'Nothing has happened yet.' : 'Nothing of this kind yet.'}
          </Text>
        ) : (
          <Timeline bulletSize={24} lineWidth={2} aria-label="Activity">
            {events.map((event) => (
              <Timeline.Item
                key={event.id}
                bullet={<TimelineBullet kind={event.kind} />}
                title={<TimelineTitle event={event} />}
              >
                <TimelineBody event={event} companyName={companyName} />
              </Timeline.Item>
            ))}
          </Timeline>
        )}
        {timeline.hasNextPage ? (
          <Center>
            <Button
              variant="default"
              size="xs"
              onClick={() => timeline.fetchNextPage()}
              loading={timeline.isFetchingNextPage}
            >
              Load more
            </Button>
          </Center>
        ) : null}
      </Stack>
    </Paper>
  );
}
