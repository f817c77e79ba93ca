import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { AccessDenied } from '../../components/access-denied';
import { LoadError } from '../../components/load-error';
import { PageContainer } from '../../components/page-container';
import { PageHeader } from '../../components/page-header';
import { formatExact, formatRelative, pluralize } from '../../lib/format';
import { canManageUsers, useCurrentUser } from '../auth/current-user';
import {
  type Suppression,
  useAddSuppression,
  useRemoveSuppression,
  useSuppressions,
} from './suppressions-api';

const reasonLooks: Record<Suppression['reason'], { label: string; color: string }> = {
  unsubscribed: { label: 'Unsubscribed', color: 'orange' },
  bounced: { label: 'Hard bounce', color: 'red' },
  spam_report: { label: 'Spam report', color: 'red' },
  manual: { label: 'Added by hand', color: 'gray' },
};

export function SuppressionsPage() {
  useDocumentTitle('Suppressions · Lowboy');
  const me = useCurrentUser();
  if (!canManageUsers(me)) return <AccessDenied reason="The suppression list is kept by sales managers." />;
  return <SuppressionList />;
}

function SuppressionList() {
  const list = useSuppressions();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Suppression | null>(null);
  const [q, setQ] = useState('');
  const rows = (list.data ?? []).filter((s) => s.email.includes(q.trim().toLowerCase()));
  return (
    <PageContainer width={1100}>
      <PageHeader
        title="Suppressions"
        description="Addresses Lowboy never emails — unsubscribes, hard bounces and spam reports land here by themselves. Every send honours it, one-off emails included."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
            Add address
          </Button>
        }
      />
      <Group justify="space-between" mb="sm">
        <TextInput
          placeholder="Find an address"
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          w={320}
        />
        {list.data ? (
          <Text size="sm" c="dimmed">
            {pluralize(list.data.length, 'address', 'addresses')}
          </Text>
        ) : null}
      </Group>
      {list.isError ? (
        <LoadError title="Suppressions could not load" error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
          <Table verticalSpacing="sm" horizontalSpacing="md" aria-label="Suppressed addresses">
            <Table.Thead bg="var(--mantine-color-gray-0)">
              <Table.Tr>
                <Table.Th>Email</Table.Th>
                <Table.Th w={150}>Reason</Table.Th>
                <Table.Th>Note</Table.Th>
                <Table.Th w={150}>Added</Table.Th>
                <Table.Th w={56} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {!list.data ? (
                <Table.Tr>
                  <Table.Td colSpan={5}>
                    <Skeleton height={24} />
                  </Table.Td>
                </Table.Tr>
              ) : rows.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={5}>
                    <Text c="dimmed" ta="center" py="xl">
                      {q
                        ? 'No address matches.'
                        : 'Nobody is suppressed. Unsubscribes and bounces will show here.'}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ) : (
                rows.map((s) => (
                  <Table.Tr key={s.email}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {s.email}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={reasonLooks[s.reason].color} radius="sm" tt="none">
                        {reasonLooks[s.reason].label}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c={s.note ? undefined : 'dimmed'}>
                        {s.note ?? '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c="dimmed" title={formatExact(s.createdAt)}>
                        {formatRelative(s.createdAt)}
                        {s.createdBy ? ` · ${s.createdBy}` : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Tooltip label="Remove from the list">
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={`Remove ${s.email}`}
                          onClick={() => setRemoving(s)}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Table.Td>
                  </Table.Tr>
                ))
              )}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {adding ? <AddSuppressionModal onClose={() => setAdding(false)} /> : null}
      {removing ? <RemoveSuppressionModal suppression={removing} onClose={() => setRemoving(null)} /> : null}
    </PageContainer>
  );
}

function AddSuppressionModal({ onClose }: { onClose: () => void }) {
  const add = useAddSuppression();
  const [email, setEmail] = useState('');
  const [note, setNote] = useState('');
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    add.mutate(
      { email, note },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', title: 'Suppressed', message: `${email} won't be emailed.` });
          onClose();
        },
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title="Stop emailing an address">
      <form onSubmit={submit}>
        <Stack>
          <TextInput
            label="Email"
            type="email"
            required
            data-autofocus
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={add.error?.message}
          />
          <Textarea
            label="Note"
            placeholder="Asked on the phone not to be emailed"
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={add.isPending}>
              Add to list
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function RemoveSuppressionModal({ suppression, onClose }: { suppression: Suppression; onClose: () => void }) {
  const remove = useRemoveSuppression();
  const consent = suppression.reason === 'unsubscribed' || suppression.reason === 'spam_report';
  return (
    <Modal opened onClose={onClose} title={`Email ${suppression.email} again?`}>
      <Stack>
        <Text size="sm">
          {consent
            ? 'This person asked not to be emailed. Only remove them if they asked to hear from you again.'
            : 'Lowboy will send to this address again, bulk sends included.'}
        </Text>
        {remove.isError ? (
          <Text c="red" size="sm">
            {remove.error.message}
          </Text>
        ) : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose} data-autofocus>
            Keep suppressed
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() => remove.mutate(suppression.email, { onSuccess: onClose })}
          >
            Remove from list
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
