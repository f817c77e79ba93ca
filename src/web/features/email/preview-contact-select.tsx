import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconUserSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useCurrentUser } from '../auth/current-user';
import { useContactList } from '../contacts/contacts-api';
import { useSearch } from '../search/search-api';

export type PickedContact = { id: string; name: string };

/** The contact a template is previewed against: starts on one of my leads with an email; search for another. */
export function PreviewContactSelect({
  value,
  onChange,
}: {
  value: PickedContact | null;
  onChange: (contact: PickedContact) => void;
}) {
  const me = useCurrentUser();
  const starter = useContactList(
    new URLSearchParams({
      hasEmail: 'true',
      limit: '1',
      ...(me.role === 'rep' ? { owner: 'me' } : {}),
    }).toString(),
  );
  const first = starter.data?.items[0];
  useEffect(() => {
    if (!value && first) onChange({ id: first.id, name: first.name });
  }, [value, first, onChange]);

  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text, 150);
  const typing = debounced.trim().length > 0 && debounced !== value?.name;
  const search = useSearch(typing ? debounced : '', 10);
  const hits = typing ? (search.data?.contacts ?? []) : [];
  const data = [
    ...(value ? [{ value: value.id, label: value.name }] : []),
    ...hits
      .filter((c) => c.id !== value?.id && !c.restricted)
      .map((c) => ({ value: c.id, label: [c.name, c.company].filter(Boolean).join(' · ') })),
  ];
  return (
    <Select
      label="Preview as"
      aria-label="Preview contact"
      placeholder="Search a contact"
      leftSection={<IconUserSearch size={16} />}
      searchable
      size="sm"
      w={300}
      data={data}
      value={value?.id ?? null}
      searchValue={text}
      onSearchChange={setText}
      filter={({ options }) => options}
      nothingFoundMessage={typing ? 'No contact found' : 'Type a name, phone or email'}
      onChange={(id) => {
        if (!id) return;
        const hit = hits.find((c) => c.id === id);
        if (hit) onChange({ id: hit.id, name: hit.name });
      }}
      allowDeselect={false}
    />
  );
}
