import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { z } from 'zod';
import { passwordSchema, type User } from '../../../shared/users';
import { applyFieldIssues } from '../../api/form-errors';
import { PasswordStrength } from '../../components/password-strength';
import { staleUser, useUpdateUser } from './users-api';

const resetSchema = z.object({ password: passwordSchema });

export function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const updateUser = useUpdateUser();
  const [version, setVersion] = useState(user.version);
  const [notice, setNotice] = useState<string | null>(null);
  const form = useForm({
    initialValues: { password: '' },
    validate: schemaResolver(resetSchema, { sync: true }),
  });

  const submit = ({ password }: { password: string }) => {
    setNotice(null);
    updateUser.mutate(
      { id: user.id, patch: { version, password } },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            title: 'Password reset',
            message: `${user.name} was signed out everywhere and signs in with the new password.`,
          });
          onClose();
        },
        onError: (error) => {
          const current = staleUser(error);
          if (current) {
            setVersion(current.version);
            setNotice('This user was changed by someone else just now. Check the details and reset again.');
          } else {
            setNotice(applyFieldIssues(form, error, ['password']));
          }
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={`Reset password for ${user.name}`} size="md">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          {notice ? (
            <Alert color="yellow" variant="light" role="alert">
              {notice}
            </Alert>
          ) : null}
          <Text c="dimmed">
            {user.name} is signed out of every session and must use the new password from now on. Tell them
            the password in person or by phone.
          </Text>
          <div>
            <PasswordInput
              label="New password"
              autoComplete="new-password"
              data-autofocus
              {...form.getInputProps('password')}
            />
            <PasswordStrength password={form.values.password} />
          </div>
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={updateUser.isPending}>
              Reset password
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
