import { Avatar, Badge, Group, Skeleton, Table, Text, VisuallyHidden } from '@mantine/core';
import type { User } from '../../../shared/users';
import { useCurrentUser } from '../auth/current-user';
import { RoleBadge, UserStatusBadge } from './user-badges';
import { type UserAction, UserRowMenu } from './user-row-menu';

const createdFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
const columns = ['Name', 'Email', 'Role', 'Phone', 'Status', 'Created'];

type Props = {
  users: User[] | undefined;
  onAction: (user: User, action: UserAction) => void;
  emptyMessage: React.ReactNode;
};

export function UsersTable({ users, onAction, emptyMessage }: Props) {
  return (
    <Table.ScrollContainer minWidth={860} type="native">
      <Table highlightOnHover stickyHeader aria-busy={!users}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c}>
                <Text size="xs" fw={600} c="dimmed" tt="uppercase" lts={0.3}>
                  {c}
                </Text>
              </Table.Th>
            ))}
            <Table.Th w={48}>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users ? (
            users.length > 0 ? (
              users.map((user) => <UserRow key={user.id} user={user} onAction={onAction} />)
            ) : (
              <Table.Tr>
                <Table.Td colSpan={columns.length + 1} py={40} ta="center">
                  {emptyMessage}
                </Table.Td>
              </Table.Tr>
            )
          ) : (
            <LoadingRows />
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function UserRow({ user, onAction }: { user: User; onAction: Props['onAction'] }) {
  const me = useCurrentUser();
  const muted = user.active ? undefined : 'dimmed';
  return (
    <Table.Tr>
      <Table.Td>
        <Group gap="sm" wrap="nowrap">
          <Avatar name={user.name} color={user.active ? 'initials' : 'gray'} radius="xl" size={28} />
          <Text fw={500} c={muted} style={{ whiteSpace: 'nowrap' }}>
            {user.name}
          </Text>
          {user.id === me.id ? (
            <Badge size="xs" variant="outline" color="gray" radius="sm" tt="none">
              You
            </Badge>
          ) : null}
        </Group>
      </Table.Td>
      <Table.Td>
        <Text c={muted}>{user.email}</Text>
      </Table.Td>
      <Table.Td>
        <RoleBadge role={user.role} />
      </Table.Td>
      <Table.Td>
        <Text c={user.phone ? muted : 'dimmed'}>{user.phone ?? '—'}</Text>
      </Table.Td>
      <Table.Td>
        <UserStatusBadge user={user} />
      </Table.Td>
      <Table.Td>
        <Text c="dimmed" title={new Date(user.createdAt).toLocaleString()}>
          {createdFormat.format(new Date(user.createdAt))}
        </Text>
      </Table.Td>
      <Table.Td>
        <UserRowMenu user={user} onAction={(action) => onAction(user, action)} />
      </Table.Td>
    </Table.Tr>
  );
}

function LoadingRows() {
  return Array.from({ length: 6 }, (_, row) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity
    <Table.Tr key={row}>
      {[...columns, ''].map((c) => (
        <Table.Td key={c}>
          <Skeleton height={14} radius="sm" width={c === '' ? 20 : '70%'} />
        </Table.Td>
      ))}
    </Table.Tr>
  ));
}
