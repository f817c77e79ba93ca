import { ActionIcon, Avatar, Group, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLogout } from '@tabler/icons-react';
import { roleLabels } from '../../shared/users';
import { useSignOut } from '../features/auth/auth-api';
import { useCurrentUser } from '../features/auth/current-user';

/** Who is signed in, and the way out. */
export function SignedInPerson() {
  const me = useCurrentUser();
  const signOut = useSignOut();

  const handleSignOut = () =>
    signOut.mutate(undefined, {
      onError: (error) =>
        notifications.show({ color: 'red', title: 'Could not sign out', message: error.message }),
    });

  return (
    <Group gap="sm" wrap="nowrap" px={4}>
      <Avatar name={me.name} color="initials" radius="xl" size={32} />
      <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
        <Text fw={500} truncate>
          {me.name}
        </Text>
        <Text size="xs" c="dimmed" truncate>
          {roleLabels[me.role]}
        </Text>
      </Stack>
      <Tooltip label="Sign out" position="right" withArrow>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label="Sign out"
          onClick={handleSignOut}
          loading={signOut.isPending}
        >
          <IconLogout size={18} stroke={1.6} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
