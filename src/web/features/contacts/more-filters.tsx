import {
  Badge,
  Button,
  Group,
  Popover,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconAdjustmentsHorizontal } from '@tabler/icons-react';
import { useState } from 'react';
import { DateField } from '../../components/date-field';
import type { ListFilters } from './contact-list-query';

const moreKeys = ['source', 'tag', 'hasPhone', 'hasEmail', 'touchedAfter', 'touchedBefore'] as const;
type MoreKey = (typeof moreKeys)[number];
type Draft = Record<MoreKey, string>;

const draftOf = (f: ListFilters): Draft => Object.fromEntries(moreKeys.map((k) => [k, f[k] ?? ''])) as Draft;

/** The filters used less often, applied together so the list does not reload on every keystroke. */
export function MoreFilters({
  filters,
  onChange,
}: {
  filters: ListFilters;
  onChange: (f: ListFilters) => void;
}) {
  const [opened, setOpened] = useState(false);
  const [draft, setDraft] = useState<Draft>(() => draftOf(filters));
  const count = moreKeys.filter((k) => filters[k]).length;
  const set = (key: MoreKey) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));

  const apply = () => {
    onChange(Object.fromEntries(moreKeys.map((k) => [k, draft[k].trim() || undefined])));
    setOpened(false);
  };

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-start"
      width={380}
      shadow="md"
      trapFocus
      onOpen={() => setDraft(draftOf(filters))}
    >
      <Popover.Target>
        <Button
          variant="default"
          leftSection={<IconAdjustmentsHorizontal size={16} />}
          rightSection={
            count ? (
              <Badge size="xs" circle>
                {count}
              </Badge>
            ) : null
          }
          onClick={() => setOpened((o) => !o)}
        >
          More filters
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            apply();
          }}
        >
          <Stack gap="sm">
            <SimpleGrid cols={2} spacing="sm">
              <TextInput
                label="Source"
                placeholder="Trade show"
                value={draft.source}
                onChange={(e) => set('source')(e.currentTarget.value)}
              />
              <TextInput
                label="Tag"
                placeholder="superload"
                value={draft.tag}
                onChange={(e) => set('tag')(e.currentTarget.value)}
              />
            </SimpleGrid>
            <Presence label="Phone" value={draft.hasPhone} onChange={set('hasPhone')} />
            <Presence label="Email" value={draft.hasEmail} onChange={set('hasEmail')} />
            <SimpleGrid cols={2} spacing="sm">
              <DateField
                label="Last touched after"
                value={draft.touchedAfter}
                onChange={set('touchedAfter')}
              />
              <DateField
                label="Last touched before"
                description="Never-touched leads count"
                value={draft.touchedBefore}
                onChange={set('touchedBefore')}
              />
            </SimpleGrid>
            <Group justify="space-between" mt={4}>
              <Button variant="subtle" color="gray" size="xs" onClick={() => setDraft(draftOf({}))}>
                Reset
              </Button>
              <Button type="submit" size="xs">
                Apply filters
              </Button>
            </Group>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}

function Presence({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <Group justify="space-between" wrap="nowrap">
      <Text fw={500}>{label}</Text>
      <SegmentedControl
        size="xs"
        aria-label={`Has ${label.toLowerCase()}`}
        value={value || 'any'}
        onChange={(v) => onChange(v === 'any' ? '' : v)}
        data={[
          { value: 'any', label: 'Any' },
          { value: 'true', label: `Has ${label.toLowerCase()}` },
          { value: 'false', label: `No ${label.toLowerCase()}` },
        ]}
      />
    </Group>
  );
}
