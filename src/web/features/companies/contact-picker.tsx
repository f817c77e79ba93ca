import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearch } from '../search/search-api';

/** Find a contact by name, phone or email to link here. */
export function ContactPicker({ onPick, onCancel }: { onPick: (id: string) => void; onCancel: () => void }) {
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text, 150);
  const search = useSearch(debounced, 10);
  const hits = debounced.trim() ? (search.data?.contacts ?? []) : [];
  return (
    <Select
      aria-label="Find a contact to add"
      placeholder="Search contacts by name, phone or email"
      leftSection={<IconSearch size={16} />}
      searchable
      autoFocus
      w={360}
      data={hits.map((c) => ({
        value: c.id,
        label: [c.name, c.company, [c.city, c.state].filter(Boolean).join(', ')].filter(Boolean).join(' · '),
      }))}
      searchValue={text}
      onSearchChange={setText}
      filter={({ options }) => options}
      nothingFoundMessage={debounced.trim() ? 'No contact found' : 'Start typing'}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      onBlur={onCancel}
      onChange={(id) => id && onPick(id)}
    />
  );
}
