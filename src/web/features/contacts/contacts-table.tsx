import { Checkbox, Group, Skeleton, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { Contact, ContactSortKey } from '../../../shared/contacts';
import type { ColumnDef } from './contact-columns';
import type { SortDir } from './contact-list-query';

type Props = {
  columns: ColumnDef[];
  contacts: Contact[] | undefined;
  sort: ContactSortKey;
  dir: SortDir;
  onSort: (sort: ContactSortKey) => void;
  isSelected: (id: string) => boolean;
  onToggle: (contact: Contact) => void;
  pageSelection: 'all' | 'some' | 'none';
  onTogglePage: () => void;
  /** The last cell of a row, e.g. Restore in the recycle bin. */
  rowAction?: (contact: Contact) => ReactNode;
  emptyState: ReactNode;
};

export function ContactsTable(props: Props) {
  const { columns, contacts, rowAction } = props;
  const span = columns.length + 1 + (rowAction ? 1 : 0);
  return (
    <Table.ScrollContainer minWidth={1080} type="native">
      <Table
        highlightOnHover
        stickyHeader
        aria-busy={!contacts}
        fz="sm"
        horizontalSpacing="xs"
        style={{ whiteSpace: 'nowrap' }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                size="xs"
                aria-label="Select all on this page"
                checked={props.pageSelection === 'all'}
                indeterminate={props.pageSelection === 'some'}
                onChange={props.onTogglePage}
                disabled={!contacts?.length}
              />
            </Table.Th>
            {columns.map((column) => (
              <HeaderCell key={column.key} column={column} {...props} />
            ))}
            {rowAction ? (
              <Table.Th w={100}>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {!contacts ? (
            <LoadingRows span={span} />
          ) : contacts.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={span} py={48}>
                {props.emptyState}
              </Table.Td>
            </Table.Tr>
          ) : (
            contacts.map((contact) => <ContactRow key={contact.id} contact={contact} {...props} />)
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function HeaderCell({ column, sort, dir, onSort }: Props & { column: ColumnDef }) {
  const label = (
    <Text size="xs" fw={600} c="dimmed" tt="uppercase" lts={0.3} span>
      {column.label}
    </Text>
  );
  if (!column.sort) return <Table.Th w={column.width}>{label}</Table.Th>;
  const active = column.sort === sort;
  const Icon = !active ? IconSelector : dir === 'asc' ? IconArrowUp : IconArrowDown;
  const key = column.sort;
  return (
    <Table.Th w={column.width} aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <UnstyledButton onClick={() => onSort(key)} aria-label={`Sort by ${column.label}`}>
        <Group gap={4} wrap="nowrap">
          {label}
          <Icon size={13} stroke={2} color={`var(--mantine-color-${active ? 'indigo-6' : 'gray-5'})`} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

function ContactRow({ contact, columns, isSelected, onToggle, rowAction }: Props & { contact: Contact }) {
  const navigate = useNavigate();
  const selected = isSelected(contact.id);
  const now = new Date();
  return (
    <Table.Tr
      bg={selected ? 'var(--mantine-primary-color-light)' : undefined}
      style={{ cursor: 'pointer' }}
      onClick={() => navigate(`/contacts/${contact.id}`)}
    >
      <Table.Td onClick={(e) => e.stopPropagation()}>
        <Checkbox
          size="xs"
          aria-label={`Select ${contact.name}`}
          checked={selected}
          onChange={() => onToggle(contact)}
        />
      </Table.Td>
      {columns.map((column) => (
        <Table.Td key={column.key}>{column.render(contact, now)}</Table.Td>
      ))}
      {rowAction ? <Table.Td onClick={(e) => e.stopPropagation()}>{rowAction(contact)}</Table.Td> : null}
    </Table.Tr>
  );
}

function LoadingRows({ span }: { span: number }) {
  return Array.from({ length: 12 }, (_, row) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity
    <Table.Tr key={row}>
      {Array.from({ length: span }, (_, cell) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholder cells have no identity
        <Table.Td key={cell}>
          <Skeleton
            height={12}
            radius="sm"
            width={cell === 0 ? 14 : `${55 + ((row * 7 + cell * 13) % 40)}%`}
          />
        </Table.Td>
      ))}
    </Table.Tr>
  ));
}
