import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { User } from '../../../shared/users';
import { isApiError } from '../../api/client';
import { AccessDenied } from '../../components/access-denied';
import { LoadError } from '../../components/load-error';
import { PageContainer } from '../../components/page-container';
import { PageHeader } from '../../components/page-header';
import { canManageUsers, useCurrentUser } from '../auth/current-user';
import { CreateUserModal } from './create-user-modal';
import { DeactivateUserModal } from './deactivate-user-modal';
import { EditUserModal } from './edit-user-modal';
import { ResetPasswordModal } from './reset-password-modal';
import type { UserAction } from './user-row-menu';
import { staleUser, useUpdateUser, useUsers } from './users-api';
import { filterUsers, noFilters, type UserFilters, UsersFilters } from './users-filters';
import { UsersTable } from './users-table';

const noAccess =
  'Users is where sales managers and admins manage the team. Ask one of them if you need a change.';

export function UsersPage() {
  useDocumentTitle('Users · Lowboy');
  const me = useCurrentUser();
  if (!canManageUsers(me)) return <AccessDenied reason={noAccess} />;
  return <UsersDirectory />;
}

type OpenDialog = { kind: 'create' } | { kind: Exclude<UserAction, 'reactivate'>; user: User } | null;

function UsersDirectory() {
  const users = useUsers();
  const reactivate = useReactivate();
  const [filters, setFilters] = useState<UserFilters>(noFilters);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const close = () => setDialog(null);

  if (isApiError(users.error) && users.error.status === 403) return <AccessDenied reason={noAccess} />;

  const all = users.data;
  const shown = all ? filterUsers(all, filters) : undefined;
  const activeCount = all?.filter((u) => u.active).length ?? 0;

  const onAction = (user: User, action: UserAction) =>
    action === 'reactivate' ? reactivate(user) : setDialog({ kind: action, user });

  return (
    <PageContainer>
      <PageHeader
        title="Users"
        description={
          all ? `${activeCount} active · ${all.length - activeCount} deactivated` : 'Everyone who can sign in'
        }
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'create' })}>
            New user
          </Button>
        }
      />
      <Stack gap="md">
        <UsersFilters value={filters} onChange={setFilters} />
        {users.isError ? (
          <LoadError title="Users could not load" error={users.error} onRetry={() => users.refetch()} />
        ) : (
          <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
            <UsersTable
              users={shown}
              onAction={onAction}
              emptyMessage={
                <Group justify="center" gap={6}>
                  <Text c="dimmed">No users match these filters.</Text>
                  <Anchor component="button" size="sm" onClick={() => setFilters(noFilters)}>
                    Clear filters
                  </Anchor>
                </Group>
              }
            />
          </Paper>
        )}
      </Stack>

      {dialog?.kind === 'create' ? <CreateUserModal onClose={close} /> : null}
      {dialog?.kind === 'edit' ? <EditUserModal user={dialog.user} onClose={close} /> : null}
      {dialog?.kind === 'reset-password' ? <ResetPasswordModal user={dialog.user} onClose={close} /> : null}
      {dialog?.kind === 'deactivate' ? <DeactivateUserModal user={dialog.user} onClose={close} /> : null}
    </PageContainer>
  );
}

/** Reactivating takes nothing away, so it needs no confirmation. */
function useReactivate() {
  const updateUser = useUpdateUser();
  return (user: User) =>
    updateUser.mutate(
      { id: user.id, patch: { version: user.version, active: true } },
      {
        onSuccess: (saved) =>
          notifications.show({
            color: 'teal',
            title: 'User reactivated',
            message: `${saved.name} can sign in again.`,
          }),
        onError: (error) =>
          notifications.show({
            color: 'red',
            title: `Could not reactivate ${user.name}`,
            message: staleUser(error)
              ? 'They were changed by someone else just now; try again.'
              : error.message,
          }),
      },
    );
}
