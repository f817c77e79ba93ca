import { Group, Kbd, Text, UnstyledButton } from '@mantine/core';
import { useOs } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { searchSpotlight } from './search-spotlight';
import classes from './search-trigger.module.css';

/** The search box in the navigation: opens the spotlight, and says its shortcut. */
export function SearchTrigger() {
  const mod = useOs() === 'macos' ? '⌘' : 'Ctrl';
  return (
    <UnstyledButton
      className={classes.trigger}
      onClick={searchSpotlight.open}
      aria-label="Search contacts and companies"
    >
      <Group gap={8} wrap="nowrap">
        <IconSearch size={15} stroke={1.8} />
        <Text size="sm" c="dimmed" style={{ flex: 1 }}>
          Search
        </Text>
        <Group gap={2} wrap="nowrap">
          <Kbd size="xs">{mod}</Kbd>
          <Kbd size="xs">K</Kbd>
        </Group>
      </Group>
    </UnstyledButton>
  );
}
