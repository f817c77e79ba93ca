import { Button, CloseButton, Group, MultiSelect, Pill, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch, IconX } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { type ContactStatus, contactStatuses, contactStatusLabels } from '../../../shared/contacts';
import { stateOptions } from '../../lib/state-options';
import { useCurrentUser } from '../auth/current-user';
import { activeFilterCount, type ListFilters, splitList } from './contact-list-query';
import classes from './contacts-filters.module.css';
import { MoreFilters } from './more-filters';
import { useTeam } from './team-api';

const statusOptions = contactStatuses.map((s) => ({ value: s, label: contactStatusLabels[s] }));

type Props = {
  filters: ListFilters;
  onChange: (f: ListFilters, replace?: boolean) => void;
  onClear: () => void;
};

export function ContactsFilters({ filters, onChange, onClear }: Props) {
  const set = (key: keyof ListFilters) => (values: string[]) =>
    onChange({ [key]: values.join(',') || undefined });
  return (
    <Group gap="xs" wrap="wrap" align="flex-start">
      <SearchBox value={filters.q ?? ''} onChange={(q) => onChange({ q: q || undefined }, true)} />
      <MultiSelect
        aria-label="State"
        placeholder={filters.state ? undefined : 'State'}
        data={stateOptions}
        value={splitList(filters.state)}
        onChange={set('state')}
        searchable
        clearable
        w={210}
        maxDropdownHeight={320}
        classNames={classes}
        renderPill={compactPills(splitList(filters.state), (code) => code)}
      />
      <MultiSelect
        aria-label="Status"
        placeholder={filters.status ? undefined : 'Status'}
        data={statusOptions}
        value={splitList(filters.status)}
        onChange={set('status')}
        clearable
        w={200}
        classNames={classes}
        renderPill={compactPills(
          splitList(filters.status),
          (s) => contactStatusLabels[s as ContactStatus] ?? s,
          1,
        )}
      />
      <OwnerSelect value={filters.owner} onChange={(owner) => onChange({ owner: owner ?? undefined })} />
      <MoreFilters filters={filters} onChange={onChange} />
      {activeFilterCount(filters) > 0 ? (
        <Button variant="subtle" color="gray" leftSection={<IconX size={14} />} onClick={onClear}>
          Clear filters
        </Button>
      ) : null}
    </Group>
  );
}

/** The first few picked values as pills, then "+N": the field never grows past one line. */
function compactPills(values: string[], label: (value: string) => string, shown = 2) {
  return ({ value, onRemove }: { value?: string; onRemove?: () => void }) => {
    const index = value === undefined ? -1 : values.indexOf(value);
    if (index > shown) return null;
    if (index === shown) return <Pill>+{values.length - shown}</Pill>;
    return (
      <Pill withRemoveButton onRemove={onRemove}>
        {value === undefined ? '' : label(value)}
      </Pill>
    );
  };
}

/** Types freely; the URL (and the list) follow a moment after the last keystroke. */
function SearchBox({ value, onChange }: { value: string; onChange: (q: string) => void }) {
  const [text, setText] = useState(value);
  const commit = useDebouncedCallback(onChange, 250);
  useEffect(() => {
    if (!commit.isPending()) setText(value);
  }, [value, commit]);
  return (
    <TextInput
      aria-label="Search contacts"
      placeholder="Name, company, phone or email"
      leftSection={<IconSearch size={16} />}
      w={250}
      value={text}
      onChange={(e) => {
        setText(e.currentTarget.value);
        commit(e.currentTarget.value.trim());
      }}
      onKeyDown={(e) => e.key === 'Enter' && commit.flush()}
      rightSection={
        text ? (
          <CloseButton
            size="sm"
            aria-label="Clear search"
            onClick={() => {
              setText('');
              commit.cancel();
              onChange('');
            }}
          />
        ) : null
      }
    />
  );
}

function OwnerSelect({ value, onChange }: { value?: string; onChange: (v: string | null) => void }) {
  const me = useCurrentUser();
  const { manager, people: team } = useTeam();
  const people = team.filter((u) => u.id !== me.id).map((u) => ({ value: u.id, label: u.name }));
  const data = [
    { value: 'me', label: 'Me' },
    { value: 'none', label: 'Unassigned' },
    ...(manager && people.length ? [{ group: 'Team', items: people }] : []),
  ];
  return (
    <Select
      aria-label="Owner"
      placeholder="Owner"
      data={data}
      value={value ?? null}
      onChange={onChange}
      clearable
      searchable={manager}
      w={150}
    />
  );
}
