import { CloseButton, Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { type Role, roleLabels, roles, type User } from '../../../shared/users';

export type StatusFilter = 'all' | 'active' | 'deactivated';
export type UserFilters = { search: string; role: Role | null; status: StatusFilter };

export const noFilters: UserFilters = { search: '', role: null, status: 'all' };

export function filterUsers(users: User[], { search, role, status }: UserFilters): User[] {
  const needle = search.trim().toLowerCase();
  return users.filter(
    (u) =>
      (!needle || u.name.toLowerCase().includes(needle) || u.email.toLowerCase().includes(needle)) &&
      (!role || u.role === role) &&
      (status === 'all' || (status === 'active') === u.active),
  );
}

const roleOptions = roles.map((r) => ({ value: r, label: roleLabels[r] }));

export function UsersFilters({
  value,
  onChange,
}: {
  value: UserFilters;
  onChange: (f: UserFilters) => void;
}) {
  return (
    <Group gap="sm" wrap="wrap">
      <TextInput
        aria-label="Search users"
        placeholder="Search by name or email"
        leftSection={<IconSearch size={16} />}
        w={300}
        value={value.search}
        onChange={(e) => onChange({ ...value, search: e.currentTarget.value })}
        rightSection={
          value.search ? (
            <CloseButton
              size="sm"
              aria-label="Clear search"
              onClick={() => onChange({ ...value, search: '' })}
            />
          ) : null
        }
      />
      <Select
        aria-label="Filter by role"
        placeholder="All roles"
        data={roleOptions}
        clearable
        w={180}
        value={value.role}
        onChange={(role) => onChange({ ...value, role: role as Role | null })}
      />
      <SegmentedControl
        aria-label="Filter by status"
        data={[
          { value: 'all', label: 'All' },
          { value: 'active', label: 'Active' },
          { value: 'deactivated', label: 'Deactivated' },
        ]}
        value={value.status}
        onChange={(status) => onChange({ ...value, status: status as StatusFilter })}
      />
    </Group>
  );
}
