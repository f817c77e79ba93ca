import { ActionIcon, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import type { User } from '../../../shared/users';

export type RepRows = { rep: string; userId: string | null }[];
const UNASSIGNED = '__none';
const repIdPattern = /^[\w-]{1,40}$/;

/** The old dashboard's rep ids (rep1…) → Lowboy users; a rep left unassigned leaves their leads in the pool. */
export function RepMapping({
  rows,
  users,
  onChange,
}: {
  rows: RepRows;
  users: User[];
  onChange: (rows: RepRows) => void;
}) {
  const options = [
    { value: UNASSIGNED, label: 'Leave unassigned (pool)' },
    ...users.filter((u) => u.active).map((u) => ({ value: u.id, label: u.name })),
  ];
  const set = (rep: string, userId: string | null) =>
    onChange(rows.map((r) => (r.rep === rep ? { rep, userId: userId === UNASSIGNED ? null : userId } : r)));
  return (
    <Stack gap="xs" maw={620}>
      <Table verticalSpacing={4} aria-label="Rep mapping" withRowBorders={false}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={170}>
              <Text size="xs" fw={600} c="dimmed" tt="uppercase" lts={0.3}>
                Dashboard rep
              </Text>
            </Table.Th>
            <Table.Th>
              <Text size="xs" fw={600} c="dimmed" tt="uppercase" lts={0.3}>
                Lowboy user
              </Text>
            </Table.Th>
            <Table.Th w={40} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.rep}>
              <Table.Td>
                <Text ff="monospace" size="sm">
                  {row.rep}
                </Text>
              </Table.Td>
              <Table.Td>
                <Select
                  size="xs"
                  aria-label={`User for ${row.rep}`}
                  data={options}
                  value={row.userId ?? UNASSIGNED}
                  onChange={(v) => set(row.rep, v)}
                  allowDeselect={false}
                  searchable
                />
              </Table.Td>
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={`Remove ${row.rep}`}
                  onClick={() => onChange(rows.filter((r) => r.rep !== row.rep))}
                >
                  <IconX size={14} />
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <AddRep taken={rows.map((r) => r.rep)} onAdd={(rep) => onChange([...rows, { rep, userId: null }])} />
    </Stack>
  );
}

function AddRep({ taken, onAdd }: { taken: string[]; onAdd: (rep: string) => void }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    const rep = value.trim();
    if (!repIdPattern.test(rep)) return setError('Rep ids look like rep6: letters, digits, - and _.');
    if (taken.includes(rep)) return setError(`${rep} is already in the list.`);
    setError(null);
    setValue('');
    onAdd(rep);
  };
  return (
    <Group gap="xs" align="flex-start">
      <TextInput
        size="xs"
        w={200}
        aria-label="Another dashboard rep id"
        placeholder="rep6"
        value={value}
        error={error}
        onChange={(e) => setValue(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add();
          }
        }}
      />
      <Button size="xs" variant="default" leftSection={<IconPlus size={14} />} onClick={add}>
        Add rep
      </Button>
    </Group>
  );
}
