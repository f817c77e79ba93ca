import type { Me, Role, User } from '../../../shared/users';
import { roleLabels, roles } from '../../../shared/users';

/** Managers run the sales team; only admins may create or touch admin accounts (the server enforces it too). */
export function assignableRoles(me: Me): Role[] {
  return roles.filter((role) => role !== 'admin' || me.role === 'admin');
}

export function roleOptions(me: Me): { value: Role; label: string }[] {
  return assignableRoles(me).map((role) => ({ value: role, label: roleLabels[role] }));
}

export function mayManage(me: Me, user: User): boolean {
  return user.role !== 'admin' || me.role === 'admin';
}
