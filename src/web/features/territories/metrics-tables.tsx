import { Badge, ColorSwatch, Group, Progress, Table, Text } from '@mantine/core';
import { stateName } from '../../../shared/us-states';
import { percent } from './map-colors';
import type { StateMetrics } from './territories-api';
import type { TerritoryModel } from './territory-model';

const num = (n: number) => n.toLocaleString('en-US');

function Th({ children, right }: { children: string; right?: boolean }) {
  return (
    <Table.Th ta={right ? 'right' : undefined}>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase" lts={0.3} span>
        {children}
      </Text>
    </Table.Th>
  );
}

function Num({ value }: { value: number }) {
  return (
    <Table.Td ta="right" ff="monospace">
      {num(value)}
    </Table.Td>
  );
}

function Coverage({ value }: { value: number }) {
  return (
    <Table.Td>
      <Group gap={8} wrap="nowrap">
        <Progress value={value * 100} w={70} size="sm" color="teal" aria-hidden />
        <Text size="sm" ff="monospace">
          {percent(value)}
        </Text>
      </Group>
    </Table.Td>
  );
}

export function RepMetricsTable({ model }: { model: TerritoryModel }) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table highlightOnHover fz="sm" aria-label="Reps">
        <Table.Thead>
          <Table.Tr>
            <Th>Rep</Th>
            <Th>States</Th>
            <Th right>Claimed</Th>
            <Th right>Open</Th>
            <Th right>Worked</Th>
            <Th>Coverage</Th>
            <Th right>Conversion</Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {model.reps.map((r) => (
            <Table.Tr key={r.repId}>
              <Table.Td>
                <Group gap={8} wrap="nowrap">
                  <ColorSwatch color={r.color} size={12} withShadow={false} />
                  <Text size="sm" fw={500}>
                    {r.name}
                  </Text>
                </Group>
              </Table.Td>
              <Table.Td>
                {r.states.length ? (
                  <Group gap={4}>
                    {r.states.map((s) => (
                      <Badge key={s} size="sm" variant="light" color="gray" radius="sm" title={stateName(s)}>
                        {s}
                      </Badge>
                    ))}
                  </Group>
                ) : (
                  <Text size="sm" c="dimmed" fs="italic">
                    No states
                  </Text>
                )}
              </Table.Td>
              <Num value={r.total} />
              <Num value={r.open} />
              <Num value={r.worked} />
              <Coverage value={r.coverage} />
              <Table.Td ta="right" ff="monospace">
                {percent(r.conversion)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function StateMetricsTable({ states, model }: { states: StateMetrics[]; model: TerritoryModel }) {
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table highlightOnHover fz="sm" aria-label="States">
        <Table.Thead>
          <Table.Tr>
            <Th>State</Th>
            <Th>Reps</Th>
            <Th right>Leads</Th>
            <Th right>Unassigned</Th>
            <Th right>Claimed</Th>
            <Th right>Worked</Th>
            <Th>Coverage</Th>
            <Th right>Conversion</Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {states.map((s) => {
            const reps = s.state ? model.repsOf(s.state) : [];
            return (
              <Table.Tr key={s.state ?? 'none'}>
                <Table.Td fw={500}>{s.state ? `${stateName(s.state)} (${s.state})` : 'No state'}</Table.Td>
                <Table.Td>
                  {reps.length ? (
                    reps.map((r) => r.name).join(', ')
                  ) : (
                    <Text size="sm" c="dimmed" fs="italic">
                      —
                    </Text>
                  )}
                </Table.Td>
                <Num value={s.total} />
                <Num value={s.unassigned} />
                <Num value={s.claimed} />
                <Num value={s.worked} />
                <Coverage value={s.coverage} />
                <Table.Td ta="right" ff="monospace">
                  {percent(s.conversion)}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
