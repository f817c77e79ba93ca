import { ActionBar, Button, Text } from '@mantine/core';
import { IconDownload, IconMail, IconTag, IconUserShare } from '@tabler/icons-react';
import { pluralize } from '../../lib/format';

/** Floats at the bottom while rows are selected: what is selected and what can be done to all of it. */
export function SelectionBar({
  count,
  counting = false,
  onTag,
  onExport,
  onAssign,
  onEmail,
  onClear,
}: {
  count: number;
  /** The exact count is still coming: `count` is a lower bound. */
  counting?: boolean;
  onTag: () => void;
  onExport: () => void;
  /** Managers only: give the selection to a rep or back to the pool. */
  onAssign?: () => void;
  /** Bulk email with a template (managers; reps to their own leads). */
  onEmail?: () => void;
  onClear: () => void;
}) {
  return (
    <ActionBar opened={count > 0} onClose={onClear} aria-label="Selected contacts" closeOnEscape shadow="lg">
      <Text fw={600} px="xs" style={{ whiteSpace: 'nowrap' }}>
        {pluralize(count, 'contact', undefined, counting)} selected
      </Text>
      <ActionBar.Divider />
      <Button variant="subtle" leftSection={<IconTag size={16} />} onClick={onTag}>
        Tag
      </Button>
      <Button variant="subtle" leftSection={<IconDownload size={16} />} onClick={onExport}>
        Export
      </Button>
      {onEmail ? (
        <Button variant="subtle" leftSection={<IconMail size={16} />} onClick={onEmail}>
          Email
        </Button>
      ) : null}
      {onAssign ? (
        <Button variant="subtle" leftSection={<IconUserShare size={16} />} onClick={onAssign}>
          Assign to…
        </Button>
      ) : null}
      <ActionBar.Divider />
      <ActionBar.CloseButton aria-label="Clear selection" />
    </ActionBar>
  );
}
