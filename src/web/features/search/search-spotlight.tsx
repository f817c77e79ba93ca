import { Avatar, Badge, Group, Kbd, Loader, Text, ThemeIcon } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { createSpotlight, Spotlight, useSpotlight } from '@mantine/spotlight';
import { IconArrowRight, IconBuildingFactory2, IconLock, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useSearch } from './search-api';
import classes from './search-spotlight.module.css';

export const [searchStore, searchSpotlight] = createSpotlight();

/**
 * New results: nothing is picked until the arrows pick it, and Enter opens the best match. (The spotlight picks
 * the first action as each key is typed, which is the previous results' first while the search is on its way.)
 */
function unpick(): void {
  const { listId } = searchStore.getState();
  if (listId) {
    for (const el of document.querySelectorAll(`#${CSS.escape(listId)} [data-selected]`)) {
      el.removeAttribute('data-selected');
    }
  }
  searchStore.setState((state) => ({ ...state, selected: -1 }));
}

/** Ctrl/Cmd-K from anywhere: contacts and companies as you type; Enter opens the first (or chosen) one. */
export function SearchSpotlight() {
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 120);
  const search = useSearch(debounced, 8);
  const { selected } = useSpotlight(searchStore);
  const results = debounced ? search.data : undefined;
  const contacts = results?.contacts ?? [];
  const companies = results?.companies ?? [];
  const openable = contacts.filter((c) => !c.restricted);
  const first = openable[0]
    ? `/contacts/${openable[0].id}`
    : companies[0]
      ? `/companies/${companies[0].id}`
      : null;
  const go = (to: string) => navigate(to);
  useEffect(() => {
    if (results) unpick();
  }, [results]);
  // Enter before the results for what is typed have come (the list still shows the last search's): open the
  // best match once they are in, not the previous search's.
  const current = Boolean(debounced) && debounced === query.trim() && !search.isPlaceholderData && !!results;
  const [openWhenCurrent, setOpenWhenCurrent] = useState(false);
  useEffect(() => {
    if (!openWhenCurrent || !current) return;
    setOpenWhenCurrent(false);
    if (first) {
      searchSpotlight.close();
      navigate(first);
    }
  }, [openWhenCurrent, current, first, navigate]);

  return (
    <Spotlight.Root
      store={searchStore}
      query={query}
      onQueryChange={setQuery}
      shortcut={['mod + K']}
      scrollable
      maxHeight={460}
      size={640}
      yOffset={96}
      classNames={{ action: classes.action }}
    >
      <Spotlight.Search
        aria-label="Search contacts and companies"
        placeholder="Search contacts and companies: name, company, phone, email, city"
        leftSection={<IconSearch size={20} stroke={1.6} />}
        rightSection={search.isFetching ? <Loader size={16} /> : null}
        onKeyDown={(e) => {
          if (e.key !== 'Enter' || !query.trim()) return;
          if (!current) {
            // The list (and the spotlight's pick) is still the last search's: drop the pick, open this
            // search's best match when it answers.
            e.preventDefault();
            unpick();
            setOpenWhenCurrent(true);
          } else if (selected < 0 && first) {
            // Nothing picked with the arrows: Enter opens the best match.
            e.preventDefault();
            searchSpotlight.close();
            go(first);
          }
        }}
      />
      <Spotlight.ActionsList>
        {contacts.length ? (
          <Spotlight.ActionsGroup label="Contacts">
            {contacts.map((c, i) => (
              <Spotlight.Action
                key={c.id}
                disabled={c.restricted}
                aria-label={c.restricted ? `${c.name}, owned by ${c.owner}` : undefined}
                onClick={() => go(`/contacts/${c.id}`)}
                data-default={(selected < 0 && i === 0 && !c.restricted) || undefined}
              >
                <Group wrap="nowrap" gap="sm" w="100%">
                  <Avatar name={c.name} color="initials" radius="xl" size={30} />
                  <div style={{ flex: 1, minWidth: 0 }}>
                    <Text size="sm" fw={500} truncate>
                      {c.name}
                      {c.company ? (
                        <Text span c="dimmed" fw={400}>
                          {' '}
                          · {c.company}
                        </Text>
                      ) : null}
                    </Text>
                    <Text size="xs" c="dimmed" truncate>
                      {[c.phone, c.email, [c.city, c.state].filter(Boolean).join(', ')]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  </div>
                  {c.restricted ? (
                    <Badge color="orange" variant="light" leftSection={<IconLock size={12} />}>
                      Owned by {c.owner}
                    </Badge>
                  ) : (
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {c.owner ?? 'Unassigned'}
                    </Text>
                  )}
                </Group>
              </Spotlight.Action>
            ))}
          </Spotlight.ActionsGroup>
        ) : null}
        {companies.length ? (
          <Spotlight.ActionsGroup label="Companies">
            {companies.map((c, i) => (
              <Spotlight.Action
                key={c.id}
                onClick={() => go(`/companies/${c.id}`)}
                data-default={(selected < 0 && !contacts.length && i === 0) || undefined}
              >
                <Group wrap="nowrap" gap="sm" w="100%">
                  <ThemeIcon variant="light" color="gray" size={30} radius="xl">
                    <IconBuildingFactory2 size={16} stroke={1.6} />
                  </ThemeIcon>
                  <div style={{ flex: 1, minWidth: 0 }}>
                    <Text size="sm" fw={500} truncate>
                      {c.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {[c.city, c.state].filter(Boolean).join(', ') || 'Company'}
                    </Text>
                  </div>
                </Group>
              </Spotlight.Action>
            ))}
          </Spotlight.ActionsGroup>
        ) : null}
        {debounced && results ? (
          <Spotlight.Action onClick={() => go(`/contacts?${new URLSearchParams({ q: debounced })}`)}>
            <Group gap="sm" wrap="nowrap">
              <ThemeIcon variant="subtle" color="gray" size={30}>
                <IconArrowRight size={16} />
              </ThemeIcon>
              <Text size="sm">All contacts matching “{debounced}”</Text>
            </Group>
          </Spotlight.Action>
        ) : null}
        {!debounced ? (
          <Spotlight.Empty>
            <Text size="sm" c="dimmed">
              Type a name, a company, phone digits (any format), an email or a city.
            </Text>
          </Spotlight.Empty>
        ) : null}
      </Spotlight.ActionsList>
      <Spotlight.Footer>
        <Group gap="md" justify="center">
          <Hint keys={['↑', '↓']} label="to move" />
          <Hint keys={['Enter']} label="to open" />
          <Hint keys={['Esc']} label="to close" />
        </Group>
      </Spotlight.Footer>
    </Spotlight.Root>
  );
}

function Hint({ keys, label }: { keys: string[]; label: string }) {
  return (
    <Group gap={4}>
      {keys.map((k) => (
        <Kbd key={k} size="xs">
          {k}
        </Kbd>
      ))}
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Group>
  );
}
