import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { Link } from 'react-router';
import { canManageUsers, useCurrentUser } from '../auth/current-user';
import { useConflictFlags } from './conflicts-api';

/** On a contact card: another rep owns a lead with this phone or email — check before dialling. */
export function ConflictFlag({ contactId }: { contactId: string }) {
  const me = useCurrentUser();
  const flags = useConflictFlags(contactId);
  const items = flags.data ?? [];
  if (items.length === 0) return null;
  const manager = canManageUsers(me);
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconCopy size={18} />}
      title="Possible duplicate owned by another rep"
    >
      <Stack gap={2}>
        {items.map((f) => (
          <Text size="sm" key={f.id}>
            {f.owner.name} owns{' '}
            {manager ? (
              <Anchor component={Link} to={`/contacts/${f.id}`} size="sm">
                {f.name}
              </Anchor>
            ) : (
              <b>{f.name}</b>
            )}
            {f.company ? ` (${f.company})` : ''} with the same {f.matchedOn.join(' and ')}.
          </Text>
        ))}
        <Text size="sm" c="dimmed">
          {manager ? (
            <Anchor component={Link} to="/conflicts" size="sm">
              Settle it in Conflicts
            </Anchor>
          ) : (
            'Your manager sees this too and will merge or reassign it.'
          )}
        </Text>
      </Stack>
    </Alert>
  );
}
