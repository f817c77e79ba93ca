import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBuilding } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearch } from '../search/search-api';

const CREATE = 'create:';

/** Find a company by typing its name, or create it with the name typed. */
export function CompanyPicker({
  onPick,
  onCreate,
  onCancel,
  label = 'Company',
}: {
  onPick: (company: { id: string; name: string }) => void;
  onCreate: (name: string) => void;
  onCancel?: () => void;
  label?: string;
}) {
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text, 150);
  const search = useSearch(debounced, 10);
  const companies = debounced.trim() ? (search.data?.companies ?? []) : [];
  const exact = companies.some((c) => c.name.toLowerCase() === text.trim().toLowerCase());
  const data = [
    ...companies.map((c) => ({
      value: c.id,
      label: [c.name, [c.city, c.state].filter(Boolean).join(', ')].filter(Boolean).join(' · '),
    })),
    ...(text.trim() && !exact
      ? [{ value: `${CREATE}${text.trim()}`, label: `Create “${text.trim()}”` }]
      : []),
  ];

  return (
    <Select
      aria-label={label}
      placeholder="Type a company name"
      leftSection={<IconBuilding size={16} />}
      searchable
      autoFocus
      size="sm"
      data={data}
      searchValue={text}
      onSearchChange={setText}
      filter={({ options }) => options}
      nothingFoundMessage={debounced.trim() ? 'No company found' : 'Start typing'}
      onKeyDown={(e) => e.key === 'Escape' && onCancel?.()}
      onBlur={() => onCancel?.()}
      onChange={(value) => {
        if (!value) return;
        if (value.startsWith(CREATE)) onCreate(value.slice(CREATE.length));
        else onPick({ id: value, name: companies.find((c) => c.id === value)?.name ?? text });
      }}
    />
  );
}
