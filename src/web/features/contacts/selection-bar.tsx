import { ActionBar, Button, Text } from '@mantine/core';
import { IconDownload, IconTag } from '@tabler/icons-react';
import { pluralize } from './format';

/** Floats at the bottom while rows are selected: what is selected and what can be done to all of it. */
export function SelectionBar({
  count,
  onTag,
  onExport,
  onClear,
}: {
  count: number;
  onTag: () => void;
  onExport: () => void;
  onClear: () => void;
}) {
  return (
    <ActionBar opened={count > 0} onClose={onClear} aria-label="Selected contacts" closeOnEscape shadow="lg">
      <Text fw={600} px="xs" style={{ whiteSpace: 'nowrap' }}>
        {pluralize(count, 'contact')} selected
      </Text>
      <ActionBar.Divider />
      <Button variant="subtle" leftSection={<IconTag size={16} />} onClick={onTag}>
        Tag
      </Button>
      <Button variant="subtle" leftSection={<IconDownload size={16} />} onClick={onExport}>
        Export
      </Button>
      <ActionBar.Divider />
      <ActionBar.CloseButton aria-label="Clear selection" />
    </ActionBar>
  );
}
