import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { User } from '../../../shared/users';
import { staleUser, useUpdateUser } from './users-api';

/** Deactivation ends their sessions at once, so it is confirmed first. */
export function DeactivateUserModal({ user, onClose }: { user: User; onClose: () => void }) {
  const updateUser = useUpdateUser();
  const [version, setVersion] = useState(user.version);
  const [notice, setNotice] = useState<string | null>(null);

  const deactivate = () => {
    setNotice(null);
    updateUser.mutate(
      { id: user.id, patch: { version, active: false } },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            title: 'User deactivated',
            message: `${user.name} was signed out and can no longer sign in.`,
          });
          onClose();
        },
        onError: (error) => {
          const current = staleUser(error);
          if (current) setVersion(current.version);
          setNotice(
            current
              ? 'This user was changed by someone else just now. Confirm again to deactivate them.'
              : error.message,
          );
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={`Deactivate ${user.name}?`} size="md">
      <Stack gap="md">
        {notice ? (
          <Alert color="yellow" variant="light" role="alert">
            {notice}
          </Alert>
        ) : null}
        <Text>
          {user.name} is signed out of every session at once and can’t sign in until someone reactivates the
          account. Their records stay in Lowboy.
        </Text>
        <Group justify="flex-end" gap="xs" mt="xs">
          <Button variant="default" onClick={onClose} data-autofocus>
            Cancel
          </Button>
          <Button color="red" onClick={deactivate} loading={updateUser.isPending}>
            Deactivate
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
