import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconMoon } from '@tabler/icons-react';
import { useState } from 'react';
import { type CallList, type CallListGroup, type CallListItem, callListGroups } from '../../../shared/calls';
import { groupColors, groupLabels } from '../../lib/outcome-labels';
import { CallListTable } from './call-list-table';

/** The prioritized list in its groups, then the leads held back until their calling hours open. */
export function CallListPanel({ list }: { list: CallList }) {
  const groups = callListGroups
    .map((group) => ({ group, items: list.items.filter((i) => i.group === group) }))
    .filter((g) => g.items.length > 0);
  return (
    <Stack gap="md">
      {groups.map(({ group, items }) => (
        <GroupCard key={group} group={group} count={items.length}>
          <ShownRows items={items} first={group === 'overdue' || group === 'due_today' ? 25 : 8} />
        </GroupCard>
      ))}
      {list.heldBack.length > 0 ? (
        <Paper withBorder radius="md" component="section" aria-label="Held back" bg="gray.0">
          <Group px="md" pt="sm" pb={6} gap="xs">
            <IconMoon size={16} stroke={1.6} color="var(--mantine-color-dimmed)" />
            <Title order={3} size="sm" fw={600}>
              Held back (outside calling hours)
            </Title>
            <Badge size="sm" variant="default" radius="sm">
              {list.heldBack.length}
            </Badge>
            <Text size="xs" c="dimmed" ml="auto">
              Leads are only offered between 8:00 AM and 9:00 PM their time.
            </Text>
          </Group>
          <ShownRows items={list.heldBack} first={5} heldBack />
        </Paper>
      ) : null}
    </Stack>
  );
}

/** The first rows of a group; the rest behind "Show all", so the page stays a glance, not a scroll. */
function ShownRows({ items, first, heldBack }: { items: CallListItem[]; first: number; heldBack?: boolean }) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, first);
  return (
    <>
      <CallListTable items={shown} heldBack={heldBack} />
      {items.length > first ? (
        <Button variant="subtle" size="xs" fullWidth radius={0} onClick={() => setAll(!all)} c="dimmed">
          {all ? 'Show fewer' : `Show all ${items.length}`}
        </Button>
      ) : null}
    </>
  );
}

function GroupCard({
  group,
  count,
  children,
}: {
  group: CallListGroup;
  count: number;
  children: React.ReactNode;
}) {
  return (
    <Paper withBorder radius="md" component="section" aria-label={groupLabels[group]}>
      <Group
        px="md"
        pt="sm"
        pb={6}
        gap="xs"
        style={{ borderLeft: `3px solid var(--mantine-color-${groupColors[group]}-5)` }}
      >
        <Title order={3} size="sm" fw={600}>
          {groupLabels[group]}
        </Title>
        <Badge size="sm" variant="light" color={groupColors[group]} radius="sm">
          {count}
        </Badge>
      </Group>
      {children}
    </Paper>
  );
}
