import type { User } from '../../../shared/users';
import type { UserRow } from './repo';

/** Whitelist of what leaves the server: never the password hash. */
export function presentUser(u: UserRow): User {
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    phone: u.phone,
    active: u.deactivated_at === null,
    createdAt: u.created_at,
    updatedAt: u.updated_at,
    deactivatedAt: u.deactivated_at,
    openLeadLimit: u.open_lead_limit ?? null,
    dailyClaimLimit: u.daily_claim_limit ?? null,
    dailyCallTarget: u.daily_call_target ?? null,
    version: u.version,
  };
}
