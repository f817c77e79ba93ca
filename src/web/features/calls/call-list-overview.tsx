import { Button, EmptyState, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconPhoneOutgoing } from '@tabler/icons-react';
import { Link } from 'react-router';
import { LoadError } from '../../components/load-error';
import { pluralize } from '../../lib/format';
import { CallListPanel } from './call-list-panel';
import { CallStats } from './call-stats';
import { useCallList } from './calls-api';

/** A rep's day: the numbers, the Start calling button and the prioritized list (`repId` for a manager). */
export function CallListOverview({ repId, canCall }: { repId?: string | null; canCall: boolean }) {
  const list = useCallList(repId);
  if (list.isError)
    return (
      <LoadError title="The call list could not load" error={list.error} onRetry={() => list.refetch()} />
    );
  if (!list.data) return <OverviewSkeleton />;
  const { items, heldBack, stats } = list.data;
  const callable = items.filter((i) => !i.leasedBy).length;
  return (
    <Stack gap="lg">
      <CallStats stats={stats} />
      <Paper withBorder radius="md" p="md" bg="blue.0" style={{ borderColor: 'var(--mantine-color-blue-2)' }}>
        <Group justify="space-between" wrap="nowrap">
          <div>
            <Text fw={600} size="lg">
              {items.length === 0
                ? 'Nothing to call right now'
                : `${pluralize(items.length, 'lead')} to call${heldBack.length ? `, ${heldBack.length} held back` : ''}`}
            </Text>
            <Text c="dimmed" size="sm">
              {items.length === 0
                ? heldBack.length
                  ? 'The rest are outside calling hours; they come back when their day starts.'
                  : 'Claim leads from the pool to fill the list.'
                : 'Most urgent first. Work them one at a time with the keyboard.'}
            </Text>
          </div>
          {canCall ? (
            <Button
              component={Link}
              to="/call"
              size="lg"
              radius="md"
              leftSection={<IconPhoneOutgoing size={20} />}
              disabled={callable === 0}
            >
              Start calling
            </Button>
          ) : null}
        </Group>
      </Paper>
      {items.length === 0 && heldBack.length === 0 ? (
        <Paper withBorder radius="md" px="xl" py={48}>
          <EmptyState
            withIndicatorBackground
            icon={<IconCircleCheck size={26} stroke={1.5} />}
            title="All caught up"
            description="No callbacks are due and every lead has been worked for today. New leads and retries show up here as they come due."
          >
            {canCall ? (
              <EmptyState.Actions mt="lg">
                <Button component={Link} to="/pool" variant="default">
                  Claim leads from the pool
                </Button>
              </EmptyState.Actions>
            ) : null}
          </EmptyState>
        </Paper>
      ) : (
        <CallListPanel list={list.data} />
      )}
    </Stack>
  );
}

function OverviewSkeleton() {
  return (
    <Stack gap="lg" aria-busy>
      <Group grow>
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} height={96} radius="md" />
        ))}
      </Group>
      <Skeleton height={72} radius="md" />
      <Skeleton height={280} radius="md" />
    </Stack>
  );
}
