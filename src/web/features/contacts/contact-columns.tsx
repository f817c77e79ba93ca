import { Anchor, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Contact, ContactColumn, ContactSortKey } from '../../../shared/contacts';
import { ContactStatusBadge } from '../../components/contact-status-badge';
import { formatDate, formatExact, formatRelative, phoneLabel, telHref } from '../../lib/format';

export type ColumnDef = {
  key: ContactColumn;
  label: string;
  sort?: ContactSortKey;
  /** A fixed width keeps short columns from taking what long ones need. */
  width?: number;
  render: (contact: Contact, now: Date) => ReactNode;
};

const stop = (event: React.MouseEvent) => event.stopPropagation();
const none = (
  <Text c="dimmed" span>
    —
  </Text>
);

function text(value: string | null, width?: number) {
  if (!value) return none;
  return (
    <Text span truncate display="block" maw={width} title={value}>
      {value}
    </Text>
  );
}

function when(iso: string | null, now: Date, empty: string, overdue = false) {
  if (!iso) {
    return (
      <Text c="dimmed" span>
        {empty}
      </Text>
    );
  }
  const late = overdue && new Date(iso) < now;
  return (
    <Text span c={late ? 'red.7' : undefined} fw={late ? 500 : undefined} title={formatExact(iso)}>
      {formatRelative(iso, now)}
    </Text>
  );
}

export const columnDefs: ColumnDef[] = [
  {
    key: 'name',
    label: 'Name',
    sort: 'name',
    render: (c) => (
      <Anchor component={Link} to={`/contacts/${c.id}`} fw={500} c="var(--mantine-color-text)" onClick={stop}>
        {c.name}
      </Anchor>
    ),
  },
  {
    key: 'company',
    label: 'Company',
    sort: 'company',
    render: (c) =>
      c.company ? (
        <Anchor
          component={Link}
          to={`/companies/${c.company.id}`}
          c="dimmed"
          onClick={stop}
          display="block"
          maw={160}
          truncate
          title={c.company.name}
        >
          {c.company.name}
        </Anchor>
      ) : (
        none
      ),
  },
  { key: 'title', label: 'Title', render: (c) => text(c.title, 130) },
  {
    key: 'phone',
    label: 'Phone',
    render: (c) => {
      const href = telHref(c.phoneE164, c.phone, c.phoneExt);
      const label = phoneLabel(c.phone, c.phoneExt);
      return href && label ? (
        <Anchor href={href} onClick={stop} style={{ whiteSpace: 'nowrap' }}>
          {label}
        </Anchor>
      ) : (
        none
      );
    },
  },
  { key: 'email', label: 'Email', render: (c) => text(c.email, 220) },
  { key: 'city', label: 'City', render: (c) => text(c.city, 130) },
  { key: 'state', label: 'State', sort: 'state', width: 64, render: (c) => text(c.state) },
  { key: 'status', label: 'Status', sort: 'status', render: (c) => <ContactStatusBadge status={c.status} /> },
  {
    key: 'owner',
    label: 'Owner',
    render: (c) =>
      c.owner ? (
        <Text span style={{ whiteSpace: 'nowrap' }}>
          {c.owner.name}
        </Text>
      ) : (
        <Text span c="dimmed" fs="italic">
          Unassigned
        </Text>
      ),
  },
  { key: 'source', label: 'Source', render: (c) => text(c.source, 140) },
  {
    key: 'tags',
    label: 'Tags',
    render: (c) =>
      c.tags.length ? (
        <Group gap={4} wrap="nowrap">
          <Text span size="xs" c="dimmed" truncate maw={160} title={c.tags.join(', ')}>
            {c.tags.join(', ')}
          </Text>
        </Group>
      ) : (
        none
      ),
  },
  {
    key: 'lastActivity',
    label: 'Last activity',
    sort: 'lastActivity',
    render: (c, now) => when(c.lastActivityAt, now, 'Never'),
  },
  {
    key: 'nextFollowUp',
    label: 'Follow-up',
    sort: 'nextFollowUp',
    render: (c, now) => when(c.nextFollowUpAt, now, '—', true),
  },
  {
    key: 'created',
    label: 'Created',
    sort: 'created',
    render: (c) => (
      <Text span c="dimmed" title={formatExact(c.createdAt)} style={{ whiteSpace: 'nowrap' }}>
        {formatDate(c.createdAt)}
      </Text>
    ),
  },
];

// What fits a laptop screen without scrolling sideways; Email, City, Source, Tags and Created are a click away.
export const defaultColumns: ContactColumn[] = [
  'name',
  'company',
  'title',
  'phone',
  'state',
  'status',
  'owner',
  'lastActivity',
  'nextFollowUp',
];

export function columnsOf(keys: readonly ContactColumn[]): ColumnDef[] {
  return columnDefs.filter((c) => c.key === 'name' || keys.includes(c.key));
}

export const columnLabel = (key: ContactColumn) => columnDefs.find((c) => c.key === key)?.label ?? key;
