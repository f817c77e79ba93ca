import { Alert, Anchor, Group, Paper, Select, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { type EmailMessage, messageStatuses } from '../../../shared/email';
import { LoadError } from '../../components/load-error';
import { PageContainer } from '../../components/page-container';
import { PageHeader } from '../../components/page-header';
import { formatExact, formatRelative, pluralize } from '../../lib/format';
import { MessageDrawer } from './message-drawer';
import { MessageStatusBadge, messageStatusLooks } from './message-status';
import { useOutbox } from './outbox-api';

export function OutboxPage() {
  useDocumentTitle('Outbox · Lowboy');
  const [status, setStatus] = useState<string | null>(null);
  const [open, setOpen] = useState<EmailMessage | null>(null);
  const outbox = useOutbox(status);
  const messages = outbox.data;
  const waiting = messages?.filter((m) => m.status === 'queued' && /unreachable/i.test(m.statusDetail ?? ''));

  return (
    <PageContainer>
      <PageHeader
        title="Outbox"
        description="Every email Lowboy sent or is about to send, with what happened to it."
        actions={
          <Select
            aria-label="Filter by status"
            placeholder="All statuses"
            clearable
            w={200}
            value={status}
            onChange={setStatus}
            data={messageStatuses.map((s) => ({ value: s, label: messageStatusLooks[s].label }))}
          />
        }
      />
      {waiting?.length ? (
        <Alert
          color="orange"
          variant="light"
          icon={<IconInfoCircle size={18} />}
          mb="md"
          title="Provider unreachable"
        >
          {pluralize(waiting.length, 'message')} waiting: the email provider can't be reached. They go out by
          themselves once it answers again — nothing is lost.
        </Alert>
      ) : null}
      {outbox.isError ? (
        <LoadError title="The outbox could not load" error={outbox.error} onRetry={() => outbox.refetch()} />
      ) : (
        <Paper
          withBorder
          radius="md"
          style={{ overflow: 'hidden' }}
          opacity={outbox.isPlaceholderData ? 0.7 : 1}
        >
          <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover aria-label="Messages">
            <Table.Thead bg="var(--mantine-color-gray-0)">
              <Table.Tr>
                <Table.Th w={240}>To</Table.Th>
                <Table.Th>Subject</Table.Th>
                <Table.Th w={270}>Status</Table.Th>
                <Table.Th w={160}>From</Table.Th>
                <Table.Th w={120}>Created</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {!messages ? (
                [0, 1, 2, 3].map((i) => (
                  <Table.Tr key={i}>
                    <Table.Td colSpan={5}>
                      <Skeleton height={24} />
                    </Table.Td>
                  </Table.Tr>
                ))
              ) : messages.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={5}>
                    <Text c="dimmed" ta="center" py="xl">
                      {status
                        ? 'No messages with this status.'
                        : 'No email sent yet. Send one from a contact.'}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ) : (
                messages.map((m) => (
                  <Table.Tr key={m.id} onClick={() => setOpen(m)} style={{ cursor: 'pointer' }}>
                    <Table.Td>
                      <Stack gap={0}>
                        {m.contactId && m.contactName ? (
                          <Anchor
                            component={Link}
                            to={`/contacts/${m.contactId}`}
                            size="sm"
                            fw={500}
                            onClick={(e) => e.stopPropagation()}
                          >
                            {m.contactName}
                          </Anchor>
                        ) : (
                          <Text size="sm" fw={500}>
                            {m.isTest ? 'Test to myself' : m.to}
                          </Text>
                        )}
                        <Text size="xs" c="dimmed" truncate maw={220}>
                          {m.to}
                        </Text>
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <Anchor
                        component="button"
                        size="sm"
                        c="var(--mantine-color-text)"
                        fw={500}
                        ta="left"
                        onClick={() => setOpen(m)}
                      >
                        {m.subject}
                      </Anchor>
                      {m.isTest ? (
                        <Text span size="xs" c="dimmed" ml={6}>
                          test
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <MessageStatusBadge message={m} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{m.sender?.name ?? '—'}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        <Text size="sm" c="dimmed" title={formatExact(m.createdAt)}>
                          {formatRelative(m.createdAt)}
                        </Text>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))
              )}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {open ? (
        <MessageDrawer
          message={messages?.find((m) => m.id === open.id) ?? open}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </PageContainer>
  );
}
