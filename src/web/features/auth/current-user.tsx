import { createContext, use } from 'react';
import type { Me } from '../../../shared/users';

const CurrentUserContext = createContext<Me | null>(null);

export const CurrentUserProvider = CurrentUserContext.Provider;

/** The signed-in person; only for pages rendered inside RequireAuth. */
export function useCurrentUser(): Me {
  const me = use(CurrentUserContext);
  if (!me) throw new Error('useCurrentUser is used outside RequireAuth');
  return me;
}

export function canManageUsers(me: Pick<Me, 'role'>): boolean {
  return me.role === 'manager' || me.role === 'admin';
}
