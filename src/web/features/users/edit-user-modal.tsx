import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconRefreshAlert } from '@tabler/icons-react';
import { useState } from 'react';
import { createUserSchema, type User } from '../../../shared/users';
import { isApiError } from '../../api/client';
import { applyFieldIssues } from '../../api/form-errors';
import { useCurrentUser } from '../auth/current-user';
import { UserDetailsFields, type UserDetailsValues } from './user-details-fields';
import { staleUser, useUpdateUser } from './users-api';

const fields = ['name', 'email', 'role', 'phone'] as const;
const detailsSchema = createUserSchema.pick({ name: true, email: true, role: true, phone: true });

function valuesOf(user: User): UserDetailsValues {
  return { name: user.name, email: user.email, role: user.role, phone: user.phone ?? '' };
}

export function EditUserModal({ user, onClose }: { user: User; onClose: () => void }) {
  const me = useCurrentUser();
  const updateUser = useUpdateUser();
  // The record this edit is based on; a stale save replaces it with what is stored now.
  const [base, setBase] = useState(user);
  const [notice, setNotice] = useState<{ kind: 'stale' | 'error'; message: string } | null>(null);
  const form = useForm<UserDetailsValues>({
    initialValues: valuesOf(user),
    validate: schemaResolver(detailsSchema, { sync: true }),
  });

  const submit = (values: UserDetailsValues) => {
    const before = valuesOf(base);
    const changed = fields.filter((key) => values[key].trim() !== before[key]);
    if (changed.length === 0) return onClose();
    setNotice(null);
    const patch = Object.fromEntries(changed.map((key) => [key, values[key]]));
    updateUser.mutate(
      { id: base.id, patch: { version: base.version, ...patch } },
      {
        onSuccess: (saved) => {
          notifications.show({
            color: 'teal',
            title: 'Changes saved',
            message: `${saved.name} is up to date.`,
          });
          onClose();
        },
        onError: (error) => {
          const current = staleUser(error);
          if (current) {
            setBase(current);
            form.setValues(valuesOf(current));
            form.resetDirty(valuesOf(current));
            setNotice({
              kind: 'stale',
              message:
                'This user was changed by someone else while you were editing. Their current details are ' +
                'loaded below; make your changes again and save.',
            });
          } else if (isApiError(error, 'email_taken')) {
            form.setFieldError('email', error.message);
          } else {
            const message = applyFieldIssues(form, error, fields);
            if (message) setNotice({ kind: 'error', message });
          }
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={`Edit ${user.name}`} size="md">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          {notice ? (
            <Alert
              color={notice.kind === 'stale' ? 'yellow' : 'red'}
              variant="light"
              role="alert"
              icon={notice.kind === 'stale' ? <IconRefreshAlert size={18} /> : undefined}
              title={notice.kind === 'stale' ? 'Changed by someone else' : undefined}
            >
              {notice.message}
            </Alert>
          ) : null}
          <UserDetailsFields
            form={form}
            roleLockedReason={user.id === me.id ? 'You can’t change your own role.' : undefined}
          />
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={updateUser.isPending}>
              Save changes
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
