import { Anchor, Badge, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconClock, IconLock } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { CallListItem } from '../../../shared/calls';
import { ContactStatusBadge } from '../../components/contact-status-badge';
import { formatExact, formatRelative, pluralize } from '../../lib/format';

/** Rows of a call list group: who, where their clock is, why they are on the list, how it went last time. */
export function CallListTable({ items, heldBack = false }: { items: CallListItem[]; heldBack?: boolean }) {
  return (
    <Table
      verticalSpacing={8}
      horizontalSpacing="md"
      highlightOnHover
      layout="fixed"
      styles={{
        th: {
          fontSize: 11,
          fontWeight: 600,
          color: 'var(--mantine-color-dimmed)',
          textTransform: 'uppercase',
          letterSpacing: 0.4,
        },
      }}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="28%">Lead</Table.Th>
          <Table.Th w={130}>Local time</Table.Th>
          <Table.Th>{heldBack ? 'Calling hours' : 'Why now'}</Table.Th>
          <Table.Th w={150}>Last outcome</Table.Th>
          <Table.Th w={140} ta="right">
            Attempts
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => (
          <CallListRow key={item.contactId} item={item} heldBack={heldBack} />
        ))}
      </Table.Tbody>
    </Table>
  );
}

function CallListRow({ item, heldBack }: { item: CallListItem; heldBack: boolean }) {
  return (
    <Table.Tr>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <Anchor component={Link} to={`/contacts/${item.contactId}`} fw={550} size="sm" truncate>
            {item.name}
          </Anchor>
          {item.leasedBy ? (
            <Tooltip label={`${item.leasedBy.name} has this lead open`} withArrow>
              <Badge size="xs" variant="light" color="grape" leftSection={<IconLock size={10} />} tt="none">
                {item.leasedBy.name.split(' ')[0]}
              </Badge>
            </Tooltip>
          ) : null}
        </Group>
        <Text size="xs" c="dimmed" truncate>
          {[item.company, item.state].filter(Boolean).join(' · ') || '—'}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <IconClock size={14} stroke={1.6} color="var(--mantine-color-dimmed)" />
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {item.localTime ?? '—'}
          </Text>
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c={heldBack ? 'orange.8' : item.group === 'overdue' ? 'red.7' : undefined} truncate>
          {heldBack ? (item.opensAt ?? 'Outside calling hours') : item.reason}
        </Text>
      </Table.Td>
      <Table.Td>
        <ContactStatusBadge status={item.status} />
      </Table.Td>
      <Table.Td ta="right">
        <Tooltip
          label={item.lastCallAt ? `Last call ${formatExact(item.lastCallAt)}` : 'Never called'}
          withArrow
        >
          <Text size="sm" c={item.attempts ? undefined : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
            {item.attempts}
            {item.lastCallAt ? (
              <Text span size="xs" c="dimmed">
                {' '}
                · {formatRelative(item.lastCallAt)}
              </Text>
            ) : null}
          </Text>
        </Tooltip>
      </Table.Td>
    </Table.Tr>
  );
}

export function attemptsLabel(n: number): string {
  return n === 0 ? 'Never called' : pluralize(n, 'attempt');
}
