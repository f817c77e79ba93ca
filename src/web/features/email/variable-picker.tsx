import { Button, Code, Group, Menu, Text } from '@mantine/core';
import { IconBraces } from '@tabler/icons-react';
import { templateVariables } from '../../../shared/email';

const groups = [
  { prefix: 'contact.', label: 'Contact' },
  { prefix: 'company.', label: 'Company' },
  { prefix: 'rep.', label: 'You (the rep)' },
  { prefix: 'followUp.', label: 'Next follow-up' },
  { prefix: 'lastCall.', label: 'Last call' },
];

/** Inserts `{{contact.firstName}}` and friends where the cursor is; shows a sample value for each. */
export function VariablePicker({
  onInsert,
  disabled,
}: {
  onInsert: (token: string) => void;
  disabled?: boolean;
}) {
  return (
    <Menu position="bottom-end" width={320} shadow="md" withinPortal>
      <Menu.Target>
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconBraces size={14} />}
          disabled={disabled}
          // Keep the cursor where it is in the field being edited.
          onMouseDown={(e) => e.preventDefault()}
        >
          Insert variable
        </Button>
      </Menu.Target>
      <Menu.Dropdown mah={420} style={{ overflowY: 'auto' }}>
        {groups.map((group) => (
          <div key={group.prefix}>
            <Menu.Label>{group.label}</Menu.Label>
            {templateVariables
              .filter((v) => v.key.startsWith(group.prefix))
              .map((v) => (
                <Menu.Item key={v.key} onClick={() => onInsert(`{{${v.key}}}`)}>
                  <Group justify="space-between" wrap="nowrap" gap="xs">
                    <Text size="sm">{v.label}</Text>
                    <Text size="xs" c="dimmed" truncate maw={150}>
                      {v.sample}
                    </Text>
                  </Group>
                  <Code fz={11} bg="transparent" p={0} c="dimmed">{`{{${v.key}}}`}</Code>
                </Menu.Item>
              ))}
          </div>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
