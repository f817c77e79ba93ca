import { ActionIcon, Anchor, Badge, Checkbox, Group, Menu, Table, Text, Tooltip } from '@mantine/core';
import { IconCalendarEvent, IconDots, IconPhoneOutgoing, IconUserShare } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatExact, formatRelative } from '../../lib/format';
import { dueLabel, taskKindLabels } from './task-kind';
import type { Task } from './tasks-api';

export type TaskActions = {
  complete: (task: Task) => void;
  reschedule: (task: Task) => void;
  reassign?: (task: Task, ownerId: string) => void;
  people: { id: string; name: string }[];
};

/** One follow-up: tick it off, call the lead, move it, or (managers) give it to someone else. */
export function TaskRow({
  task,
  actions,
  showOwner,
}: {
  task: Task;
  actions: TaskActions;
  showOwner: boolean;
}) {
  const overdue = new Date(task.dueAt).getTime() < Date.now();
  return (
    <Table.Tr>
      <Table.Td w={44}>
        <Checkbox
          aria-label={`Done: ${task.contact.name}`}
          checked={task.status === 'done'}
          onChange={() => actions.complete(task)}
          radius="xl"
        />
      </Table.Td>
      <Table.Td>
        <Anchor component={Link} to={`/contacts/${task.contact.id}`} fw={550} size="sm">
          {task.contact.name}
        </Anchor>
        <Text size="xs" c="dimmed" truncate>
          {task.contact.company ?? '—'}
          {task.note ? ` · ${task.note}` : ''}
        </Text>
      </Table.Td>
      <Table.Td w={110}>
        <Badge variant="light" color={task.kind === 'callback' ? 'blue' : 'teal'} radius="sm" tt="none">
          {taskKindLabels[task.kind]}
        </Badge>
      </Table.Td>
      <Table.Td w={220}>
        <Tooltip label={formatExact(task.dueAt)} withArrow>
          <Text size="sm" c={overdue ? 'red.7' : undefined} fw={overdue ? 550 : undefined}>
            {dueLabel(task.dueAt)}
            <Text span size="xs" c="dimmed" fw={400}>
              {' '}
              · {formatRelative(task.dueAt)}
            </Text>
          </Text>
        </Tooltip>
      </Table.Td>
      {showOwner ? (
        <Table.Td w={150}>
          <Text size="sm">{task.owner.name}</Text>
        </Table.Td>
      ) : null}
      <Table.Td w={150}>
        <Group gap={4} justify="flex-end" wrap="nowrap">
          <Tooltip label="Call now" withArrow>
            <ActionIcon
              component={Link}
              to={`/call/${task.contact.id}`}
              variant="light"
              color="teal"
              aria-label={`Call ${task.contact.name}`}
            >
              <IconPhoneOutgoing size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Reschedule" withArrow>
            <ActionIcon
              variant="default"
              aria-label={`Reschedule ${task.contact.name}`}
              onClick={() => actions.reschedule(task)}
            >
              <IconCalendarEvent size={16} />
            </ActionIcon>
          </Tooltip>
          {actions.reassign ? (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="default" aria-label={`Reassign ${task.contact.name}`}>
                  <IconDots size={16} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>Reassign to</Menu.Label>
                {actions.people
                  .filter((p) => p.id !== task.owner.id)
                  .map((p) => (
                    <Menu.Item
                      key={p.id}
                      leftSection={<IconUserShare size={14} />}
                      onClick={() => actions.reassign?.(task, p.id)}
                    >
                      {p.name}
                    </Menu.Item>
                  ))}
              </Menu.Dropdown>
            </Menu>
          ) : null}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
