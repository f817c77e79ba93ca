import {
  Anchor,
  Box,
  Button,
  EmptyState,
  Group,
  Paper,
  Progress,
  Skeleton,
  Stack,
  Text,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconConfetti, IconRefresh } from '@tabler/icons-react';
import { useEffect } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { CallListItem, LogCallInput } from '../../../shared/calls';
import { LoadError } from '../../components/load-error';
import { pluralize } from '../../lib/format';
import { useLogCall } from './calls-api';
import { LeadWorkspace } from './lead-workspace';
import { useCallQueue } from './use-call-queue';

/** The power dialer: one lead at a time from the top of my list, outcome, notes, next. */
export function CallFlowPage() {
  const { contactId } = useParams();
  const queue = useCallQueue(contactId);
  const navigate = useNavigate();
  const current = queue.current;
  const logCall = useLogCall();

  /** Saves in the background while the next lead is already on screen; a failure brings the lead back. */
  const save = (item: CallListItem, input: LogCallInput) => {
    logCall.mutate(
      { contactId: item.contactId, input },
      {
        onError: (error) => {
          const id = `call-failed-${item.contactId}`;
          notifications.show({
            id,
            color: 'red',
            autoClose: false,
            title: `The call with ${item.name} was not saved`,
            message: (
              <Stack gap={6}>
                <Text size="sm">{error.message}</Text>
                <Button
                  size="compact-sm"
                  variant="light"
                  color="red"
                  onClick={() => {
                    notifications.hide(id);
                    queue.reopen(item);
                  }}
                >
                  Back to {item.name}
                </Button>
              </Stack>
            ),
          });
        },
      },
    );
    void queue.advance();
  };
  useDocumentTitle(current?.name ? `Calling ${current.name} · Lowboy` : 'Calling · Lowboy');

  // The address names the lead on screen, so a reload comes back to it.
  useEffect(() => {
    if (current && current.contactId !== contactId) {
      void navigate(`/call/${current.contactId}`, { replace: true });
    }
  }, [current, contactId, navigate]);

  return (
    <Box px={{ base: 'md', sm: 28 }} py={{ base: 'md', sm: 20 }} maw={1480}>
      <Group justify="space-between" mb="md" wrap="nowrap">
        <Group gap="md" wrap="nowrap" style={{ flex: 1 }}>
          <Anchor component={Link} to="/" c="dimmed" size="sm">
            <Group gap={4} wrap="nowrap">
              <IconArrowLeft size={16} /> My day
            </Group>
          </Anchor>
          {queue.total > 0 && current ? (
            <Group gap="sm" wrap="nowrap" style={{ flex: 1, maxWidth: 420 }}>
              <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }} aria-live="polite">
                Lead {queue.position} of {queue.total}
              </Text>
              <Progress
                value={((queue.position - 1) / queue.total) * 100}
                size="sm"
                radius="xl"
                style={{ flex: 1 }}
                aria-label="Progress through the list"
              />
            </Group>
          ) : null}
        </Group>
        <Button component={Link} to="/" variant="default" size="xs">
          End session
        </Button>
      </Group>

      {queue.error ? (
        <LoadError
          title="The call list could not load"
          error={queue.error}
          onRetry={() => location.reload()}
        />
      ) : queue.loading ? (
        <FlowSkeleton />
      ) : current ? (
        <LeadWorkspace
          key={current.contactId}
          item={current}
          next={queue.next}
          onDone={queue.advance}
          onSave={(input) => save(current, input)}
        />
      ) : (
        <EndOfList worked={queue.workedCount} checking={queue.refilling} onCheckAgain={queue.checkAgain} />
      )}
    </Box>
  );
}

function EndOfList({
  worked,
  checking,
  onCheckAgain,
}: {
  worked: number;
  checking: boolean;
  onCheckAgain: () => void;
}) {
  return (
    <Paper withBorder radius="md" px="xl" py={64}>
      <EmptyState
        withIndicatorBackground
        icon={<IconConfetti size={28} stroke={1.5} />}
        title="You're through the list"
        description={
          worked
            ? `${pluralize(worked, 'lead')} worked this session. Callbacks and retries come back on My day as they fall due.`
            : 'Nothing is due right now. Callbacks and retries come back on My day as they fall due.'
        }
      >
        <EmptyState.Actions mt="xl">
          <Button component={Link} to="/" data-autofocus>
            Back to My day
          </Button>
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} />}
            onClick={onCheckAgain}
            loading={checking}
          >
            Check again
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}

function FlowSkeleton() {
  return (
    <Group align="flex-start" gap="md" wrap="nowrap" aria-busy>
      <Stack gap="md" style={{ flex: 1 }}>
        <Skeleton height={170} radius="md" />
        <Skeleton height={300} radius="md" />
      </Stack>
      <Stack gap="md" w={380}>
        <Skeleton height={200} radius="md" />
        <Skeleton height={240} radius="md" />
      </Stack>
    </Group>
  );
}
