import { Anchor, Button, EmptyState, Group, Text } from '@mantine/core';
import { IconAddressBook, IconPlus, IconTrash } from '@tabler/icons-react';

/** What an empty table says: nothing yet, nothing deleted, or nothing matching the filters. */
export function ContactsEmpty({
  kind,
  onCreate,
  onClear,
}: {
  kind: 'none-yet' | 'no-match' | 'bin-empty';
  onCreate: () => void;
  onClear: () => void;
}) {
  if (kind === 'no-match') {
    return (
      <Group justify="center" gap={6}>
        <Text c="dimmed">No contacts match these filters.</Text>
        <Anchor component="button" size="sm" onClick={onClear}>
          Clear filters
        </Anchor>
      </Group>
    );
  }
  if (kind === 'bin-empty') {
    return (
      <EmptyState
        size="sm"
        withIndicatorBackground
        icon={<IconTrash size={22} stroke={1.5} />}
        title="Nothing deleted recently"
        description="Contacts deleted in the last 30 days show up here and can be restored."
      />
    );
  }
  return (
    <EmptyState
      withIndicatorBackground
      icon={<IconAddressBook size={26} stroke={1.5} />}
      title="No contacts yet"
      description="Every lead your team works lives here: who they are, how to reach them, and everything that happened."
    >
      <EmptyState.Actions>
        <Button leftSection={<IconPlus size={16} />} onClick={onCreate}>
          Create a contact
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
