import type { CreateUserInput, Role, UpdateUserInput, User } from '../../../shared/users';
import { isoNow } from '../../clock';
import type { Actor, AppContext } from '../../context';
import { type AppError, conflict, forbidden, notFound, unprocessable } from '../../errors';
import { newId } from '../../ids';
import { insertAudit } from '../audit';
import { hashPassword } from './password';
import { presentUser } from './presenter';
import * as repo from './repo';
import { deleteSessionsOfUser } from './repo';

export function canManageUsers(actor: Pick<Actor, 'role'>): boolean {
  return actor.role === 'manager' || actor.role === 'admin';
}

function assertCanManageUsers(actor: Actor): void {
  if (!canManageUsers(actor)) throw forbidden('Only managers and admins can manage users.');
}

// Managers run the sales team; only admins may create, promote to, or change admin accounts.
function assertMayTouchRole(actor: Actor, role: Role): void {
  if (role === 'admin' && actor.role !== 'admin') throw forbidden('Only an admin can manage admin accounts.');
}

export async function listUsers(ctx: AppContext, actor: Actor): Promise<User[]> {
  assertCanManageUsers(actor);
  return (await repo.listUsers(ctx.db)).map(presentUser);
}

export async function getUser(ctx: AppContext, actor: Actor, id: string): Promise<User> {
  assertCanManageUsers(actor);
  const row = await repo.findUserById(ctx.db, id);
  if (!row) throw notFound('User');
  return presentUser(row);
}

export async function createUser(ctx: AppContext, actor: Actor, input: CreateUserInput): Promise<User> {
  assertCanManageUsers(actor);
  assertMayTouchRole(actor, input.role);
  return insertNewUser(ctx, input, actor);
}

/** Also used by the CLI and the seed, which act without a signed-in person (actor null). */
export async function insertNewUser(
  ctx: AppContext,
  input: CreateUserInput,
  actor: Actor | null,
): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  const now = isoNow(ctx.clock);
  const row: repo.UserRow = {
    id: newId(),
    email: input.email,
    name: input.name,
    role: input.role,
    phone: input.phone ?? null,
    password_hash: passwordHash,
    created_at: now,
    updated_at: now,
    deactivated_at: null,
    version: 1,
  };
  await ctx.db.transaction().execute(async (trx) => {
    if (await repo.findUserByEmail(trx, input.email)) throw emailTaken(input.email);
    await repo.insertUser(trx, row);
    await insertAudit(trx, {
      actorId: actor?.id ?? null,
      action: 'user.created',
      objectType: 'user',
      objectId: row.id,
      ip: actor?.ip ?? null,
      details: { email: row.email, role: row.role },
      at: now,
    });
  });
  return presentUser(row);
}

/** `actor` null is the operator at the command line, who may do anything. */
export async function updateUser(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  input: UpdateUserInput,
): Promise<User> {
  const current = await repo.findUserById(ctx.db, id);
  if (actor) {
    assertCanManageUsers(actor);
    if (!current) throw notFound('User');
    assertMayTouchRole(actor, current.role);
    if (input.role) assertMayTouchRole(actor, input.role);
    if (id === actor.id && (input.active === false || (input.role && input.role !== current.role))) {
      throw unprocessable('cannot_change_self', 'You cannot deactivate yourself or change your own role.');
    }
  }
  if (!current) throw notFound('User');
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  const now = isoNow(ctx.clock);

  const patch: repo.UserPatch = {};
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of ['name', 'email', 'role', 'phone'] as const) {
    const next = input[key];
    if (next !== undefined && next !== current[key]) {
      Object.assign(patch, { [key]: next });
      changes[key] = { from: current[key], to: next };
    }
  }
  for (const [key, column] of [
    ['openLeadLimit', 'open_lead_limit'],
    ['dailyClaimLimit', 'daily_claim_limit'],
    ['dailyCallTarget', 'daily_call_target'],
  ] as const) {
    const next = input[key];
    if (next !== undefined && next !== (current[column] ?? null)) {
      if (current.role !== 'rep') {
        const what = key === 'dailyCallTarget' ? 'Daily call targets' : 'Lead limits';
        throw unprocessable('not_a_rep', `${what} apply to sales reps only.`);
      }
      patch[column] = next;
      changes[key] = { from: current[column] ?? null, to: next };
    }
  }
  const deactivating = input.active === false && current.deactivated_at === null;
  const reactivating = input.active === true && current.deactivated_at !== null;
  if (deactivating) patch.deactivated_at = now;
  if (reactivating) patch.deactivated_at = null;
  if (passwordHash) patch.password_hash = passwordHash;

  return ctx.db.transaction().execute(async (trx) => {
    if (patch.email && (await repo.findUserByEmail(trx, patch.email))) throw emailTaken(patch.email);
    const updated = await repo.updateUserIfVersion(trx, id, input.version, patch, now);
    if (!updated) {
      const fresh = await repo.findUserById(trx, id);
      throw conflict(
        'stale_version',
        'Someone else changed this user first. Review their changes and try again.',
        {
          current: fresh ? presentUser(fresh) : null,
        },
      );
    }
    // Ending sessions in the same transaction means a deactivated or reset user is out at once.
    if (deactivating || passwordHash) await deleteSessionsOfUser(trx, id);
    const audit = (action: string, details?: Record<string, unknown>) =>
      insertAudit(trx, {
        actorId: actor?.id ?? null,
        action,
        objectType: 'user',
        objectId: id,
        ip: actor?.ip ?? null,
        details,
        at: now,
      });
    if (Object.keys(changes).length > 0) await audit('user.updated', { changes });
    if (deactivating) await audit('user.deactivated');
    if (reactivating) await audit('user.reactivated');
    if (passwordHash) await audit('user.password_reset');
    return presentUser(updated);
  });
}

function emailTaken(email: string): AppError {
  return conflict('email_taken', `A user with the email ${email} already exists.`, { field: 'email' });
}
