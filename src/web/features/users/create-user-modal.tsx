import { Alert, Button, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { createUserSchema } from '../../../shared/users';
import { isApiError } from '../../api/client';
import { applyFieldIssues } from '../../api/form-errors';
import { PasswordStrength } from '../../components/password-strength';
import { UserDetailsFields, type UserDetailsValues } from './user-details-fields';
import { useCreateUser } from './users-api';

type Values = UserDetailsValues & { password: string };
const fields = ['name', 'email', 'role', 'phone', 'password'] as const;

export function CreateUserModal({ onClose }: { onClose: () => void }) {
  const createUser = useCreateUser();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { name: '', email: '', role: 'rep', phone: '', password: '' },
    validate: schemaResolver(createUserSchema, { sync: true }),
  });

  const submit = (values: Values) => {
    setFormError(null);
    createUser.mutate(values, {
      onSuccess: (user) => {
        notifications.show({
          color: 'teal',
          title: 'User created',
          message: `${user.name} can now sign in with ${user.email}.`,
        });
        onClose();
      },
      onError: (error) => {
        if (isApiError(error, 'email_taken')) form.setFieldError('email', error.message);
        else setFormError(applyFieldIssues(form, error, fields));
      },
    });
  };

  return (
    <Modal opened onClose={onClose} title="New user" size="md">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          {formError ? (
            <Alert color="red" variant="light" role="alert">
              {formError}
            </Alert>
          ) : null}
          <UserDetailsFields form={form} />
          <div>
            <PasswordInput
              label="Initial password"
              description="Share it with them in person; they can change it under Account."
              autoComplete="new-password"
              {...form.getInputProps('password')}
            />
            <PasswordStrength password={form.values.password} />
          </div>
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={createUser.isPending}>
              Create user
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
