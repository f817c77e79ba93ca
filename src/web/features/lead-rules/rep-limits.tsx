import { Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { LeadRules } from '../../../shared/lead-rules';
import { LoadError } from '../../components/load-error';
import { useUsers } from '../users/users-api';
import { RepLimitRow } from './rep-limit-row';

// Fixed widths, so a row's notice under the name never moves the inputs.
const columns = [
  { label: 'Rep', width: undefined },
  { label: 'Open leads', width: 250 },
  { label: 'Claims per 24 h', width: 250 },
  { label: '', width: 96 },
];

/** Per-rep overrides of the team's limits: a new hire ramping up, a senior rep who works more leads. */
export function RepLimits({ rules }: { rules: LeadRules }) {
  const users = useUsers();
  const [reloaded, setReloaded] = useState<ReadonlySet<string>>(new Set());
  const reps = users.data
    ?.filter((u) => u.active && u.role === 'rep')
    .sort((a, b) => a.name.localeCompare(b.name));

  return (
    <Stack gap="sm" component="section" aria-labelledby="rep-limits-title">
      <div>
        <Title order={2} id="rep-limits-title">
          Per-rep limits
        </Title>
        <Text c="dimmed">
          Give a rep limits of their own, such as a new hire ramping up. Leave a field empty to use the team
          default.
        </Text>
      </div>
      {users.isError ? (
        <LoadError title="Reps could not load" error={users.error} onRetry={() => users.refetch()} />
      ) : (
        <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
          <Table.ScrollContainer minWidth={640} type="native">
            <Table aria-label="Per-rep limits" aria-busy={!reps} layout="fixed">
              <Table.Thead>
                <Table.Tr>
                  {columns.map((c) => (
                    <Table.Th key={c.label} w={c.width}>
                      <Text size="xs" fw={600} c="dimmed" tt="uppercase" lts={0.3}>
                        {c.label}
                      </Text>
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {!reps ? (
                  <Table.Tr>
                    <Table.Td colSpan={columns.length}>
                      <Skeleton height={90} radius="sm" />
                    </Table.Td>
                  </Table.Tr>
                ) : reps.length === 0 ? (
                  <Table.Tr>
                    <Table.Td colSpan={columns.length} py={32} ta="center">
                      <Text c="dimmed">No active reps yet. Add them in Users.</Text>
                    </Table.Td>
                  </Table.Tr>
                ) : (
                  reps.map((user) => (
                    <RepLimitRow
                      key={`${user.id}-${user.version}`}
                      user={user}
                      rules={rules}
                      reloaded={reloaded.has(user.id)}
                      onStale={(id) => setReloaded((s) => new Set(s).add(id))}
                    />
                  ))
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </Stack>
  );
}
