import { Badge } from '@mantine/core';
import { type Role, roleLabels, type User } from '../../../shared/users';

const roleColors: Record<Role, string> = { rep: 'blue', manager: 'violet', admin: 'orange' };

export function RoleBadge({ role }: { role: Role }) {
  return (
    <Badge variant="light" color={roleColors[role]} radius="sm" tt="none" fw={500}>
      {roleLabels[role]}
    </Badge>
  );
}

export function UserStatusBadge({ user }: { user: User }) {
  return user.active ? (
    <Badge variant="dot" color="teal" radius="sm" tt="none" fw={500}>
      Active
    </Badge>
  ) : (
    <Badge variant="dot" color="gray" radius="sm" tt="none" fw={500} c="dimmed">
      Deactivated
    </Badge>
  );
}
