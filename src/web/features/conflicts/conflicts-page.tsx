import { Button, Group, Modal, Paper, Skeleton, Stack, Text, ThemeIcon } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { AccessDenied } from '../../components/access-denied';
import { LoadError } from '../../components/load-error';
import { PageContainer } from '../../components/page-container';
import { PageHeader } from '../../components/page-header';
import { pluralize } from '../../lib/format';
import { canManageUsers, useCurrentUser } from '../auth/current-user';
import { type ConflictAction, ConflictCard } from './conflict-card';
import { useConflicts, useGiveBothTo, useMergeContacts } from './conflicts-api';

export function ConflictsPage() {
  useDocumentTitle('Conflicts · Lowboy');
  const me = useCurrentUser();
  if (!canManageUsers(me)) return <AccessDenied reason="Conflicts are settled by sales managers." />;
  return <ConflictList />;
}

function ConflictList() {
  const conflicts = useConflicts();
  const merge = useMergeContacts();
  const give = useGiveBothTo();
  const [confirming, setConfirming] = useState<Extract<ConflictAction, { kind: 'merge' }> | null>(null);
  const failed = (title: string) => (e: Error) =>
    notifications.show({ color: 'red', title, message: e.message });

  const act = (a: ConflictAction) => {
    if (a.kind === 'merge') return setConfirming(a);
    give.mutate(
      { contactIds: a.contacts.map((c) => c.id), repId: a.to.id },
      {
        onSuccess: () =>
          notifications.show({ color: 'teal', title: `Both now with ${a.to.name}`, message: '' }),
        onError: failed('Could not reassign'),
      },
    );
  };
  const confirmMerge = () => {
    if (!confirming) return;
    const { keep, duplicate } = confirming;
    merge
      .mutateAsync({
        keepId: keep.id,
        duplicateId: duplicate.id,
        version: keep.version,
        duplicateVersion: duplicate.version,
      })
      .then(() => {
        setConfirming(null);
        notifications.show({
          color: 'teal',
          title: 'Merged',
          message: `${duplicate.name} merged into ${keep.name}.`,
        });
      }, failed('Could not merge'));
  };

  const count = conflicts.data?.length ?? 0;
  return (
    <PageContainer width={1100}>
      <PageHeader
        title="Conflicts"
        description="The same phone number or email on leads owned by different reps: two people would call one customer."
      />
      {conflicts.error ? (
        <LoadError
          title="Could not load conflicts"
          error={conflicts.error}
          onRetry={() => void conflicts.refetch()}
        />
      ) : !conflicts.data ? (
        <Stack gap="md" aria-busy>
          <Skeleton height={150} radius="md" />
          <Skeleton height={150} radius="md" />
        </Stack>
      ) : count === 0 ? (
        <Paper withBorder radius="md" p="xl">
          <Group gap="md">
            <ThemeIcon color="teal" variant="light" size={44} radius="xl">
              <IconCircleCheck size={24} />
            </ThemeIcon>
            <div>
              <Text fw={600}>No conflicts</Text>
              <Text c="dimmed" size="sm">
                No two reps own a lead with the same phone number or email.
              </Text>
            </div>
          </Group>
        </Paper>
      ) : (
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {pluralize(count, 'conflict')}
            {count >= 200 ? ' (the first 200; settle these to see more)' : ''}
          </Text>
          {conflicts.data.map((c) => (
            <ConflictCard
              key={`${c.contacts[0].id}-${c.contacts[1].id}-${c.matchedOn}`}
              conflict={c}
              busy={give.isPending || merge.isPending}
              onAction={act}
            />
          ))}
        </Stack>
      )}
      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={confirming ? `Merge ${confirming.duplicate.name} into ${confirming.keep.name}?` : ''}
      >
        {confirming ? (
          <Stack>
            <Text size="sm">
              {confirming.keep.name} stays with {confirming.keep.owner?.name} and takes the empty fields,
              tags, notes and history of {confirming.duplicate.name}, which goes to Recently deleted
              (restorable for 30 days).
            </Text>
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={() => setConfirming(null)} data-autofocus>
                Cancel
              </Button>
              <Button onClick={confirmMerge} loading={merge.isPending}>
                Merge
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </PageContainer>
  );
}
