import { Button, Checkbox, Divider, Popover, Stack, Text } from '@mantine/core';
import { IconColumns3 } from '@tabler/icons-react';
import type { ContactColumn } from '../../../shared/contacts';
import { columnDefs, defaultColumns } from './contact-columns';

/** Which columns the table shows; Name always stays so a row can be opened. */
export function ColumnChooser({
  value,
  onChange,
}: {
  value: ContactColumn[];
  onChange: (columns: ContactColumn[]) => void;
}) {
  const toggle = (key: ContactColumn, on: boolean) =>
    onChange(columnDefs.map((c) => c.key).filter((k) => (k === key ? on : value.includes(k))));
  return (
    <Popover position="bottom-end" width={220} shadow="md">
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns3 size={16} />} style={{ flexShrink: 0 }}>
          Columns
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Text size="xs" fw={600} c="dimmed" tt="uppercase" mb="xs">
          Show columns
        </Text>
        <Stack gap={8}>
          {columnDefs.map((c) => (
            <Checkbox
              key={c.key}
              size="xs"
              label={c.label}
              checked={c.key === 'name' || value.includes(c.key)}
              disabled={c.key === 'name'}
              onChange={(e) => toggle(c.key, e.currentTarget.checked)}
            />
          ))}
        </Stack>
        <Divider my="sm" />
        <Button variant="subtle" size="xs" color="gray" fullWidth onClick={() => onChange(defaultColumns)}>
          Reset to default
        </Button>
      </Popover.Dropdown>
    </Popover>
  );
}
