import { Anchor, Avatar, Badge, Button, Group, Menu, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowsJoin, IconChevronDown, IconUserShare } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Contact } from '../../../shared/contacts';
import { ContactStatusBadge } from '../../components/contact-status-badge';
import { formatRelative, phoneLabel, placeLabel } from '../../lib/format';
import type { OwnershipConflict } from './conflicts-api';

export type ConflictAction =
  | { kind: 'merge'; keep: Contact; duplicate: Contact }
  | { kind: 'give'; to: { id: string; name: string }; contacts: Contact[] };

/** One person owned by two reps: both records side by side, and the ways to settle it. */
export function ConflictCard({
  conflict,
  busy,
  onAction,
}: {
  conflict: OwnershipConflict;
  busy: boolean;
  onAction: (a: ConflictAction) => void;
}) {
  const [a, b] = conflict.contacts;
  const owners = [a.owner, b.owner].filter((o): o is NonNullable<typeof o> => o !== null);
  return (
    <Paper withBorder radius="md" p="md" aria-label={`${a.name} and ${b.name}`} component="section">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Badge variant="light" color="orange" radius="sm" tt="none">
          Same {conflict.matchedOn}:{' '}
          {conflict.matchedOn === 'phone' ? (phoneLabel(a.phone, null) ?? conflict.value) : conflict.value}
        </Badge>
        <Group gap="xs">
          {owners.map((o) => (
            <Button
              key={o.id}
              size="xs"
              variant="default"
              leftSection={<IconUserShare size={14} />}
              disabled={busy}
              onClick={() => onAction({ kind: 'give', to: o, contacts: [a, b] })}
            >
              Give both to {o.name.split(' ')[0]}
            </Button>
          ))}
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button
                size="xs"
                leftSection={<IconArrowsJoin size={14} />}
                rightSection={<IconChevronDown size={14} />}
                disabled={busy}
              >
                Merge
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => onAction({ kind: 'merge', keep: a, duplicate: b })}>
                Keep {a.name} ({a.owner?.name})
              </Menu.Item>
              <Menu.Item onClick={() => onAction({ kind: 'merge', keep: b, duplicate: a })}>
                Keep {b.name} ({b.owner?.name})
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <ContactSide contact={a} />
        <ContactSide contact={b} />
      </SimpleGrid>
    </Paper>
  );
}

function ContactSide({ contact: c }: { contact: Contact }) {
  const details = [phoneLabel(c.phone, c.phoneExt), c.email, placeLabel(c.city, c.state)].filter(Boolean);
  return (
    <Stack
      gap={4}
      p="sm"
      bg="var(--mantine-color-gray-0)"
      style={{ borderRadius: 'var(--mantine-radius-sm)' }}
    >
      <Group justify="space-between" wrap="nowrap">
        <Anchor component={Link} to={`/contacts/${c.id}`} fw={600}>
          {c.name}
        </Anchor>
        <ContactStatusBadge status={c.status} />
      </Group>
      <Text size="sm" c="dimmed">
        {[c.title, c.company?.name].filter(Boolean).join(' at ') || 'No company'}
      </Text>
      <Text size="sm">{details.join(' · ')}</Text>
      <Group gap={6} mt={4}>
        <Avatar name={c.owner?.name} color="initials" size={20} radius="xl" />
        <Text size="sm" fw={500}>
          {c.owner?.name}
        </Text>
        <Text size="xs" c="dimmed">
          · {c.lastActivityAt ? `last activity ${formatRelative(c.lastActivityAt)}` : 'no activity yet'}
        </Text>
      </Group>
    </Stack>
  );
}
