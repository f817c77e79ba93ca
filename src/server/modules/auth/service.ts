import type { Me } from '../../../shared/users';
import { isoNow } from '../../clock';
import type { Actor, AppContext } from '../../context';
import { AppError, badRequest, tooManyRequests, unauthorized } from '../../errors';
import type { SessionUser } from '../../plugins/auth';
import { insertAudit } from '../audit';
import {
  deleteSessionsOfUser,
  dummyPasswordHash,
  findUserByEmail,
  findUserById,
  hashPassword,
  updateUserIfVersion,
  verifyPassword,
} from '../users';
import * as repo from './repo';
import { newSessionToken, sessionIdOf } from './session-token';

// Writing last_seen_at on every request would turn each read into a write; a minute is precise enough.
const TOUCH_INTERVAL_MS = 60_000;

export type LoginAttempt = { email: string; password: string; ip: string; userAgent: string | null };
export type SignedIn = { token: string; user: Me; expiresAt: Date };

export async function login(ctx: AppContext, attempt: LoginAttempt): Promise<SignedIn> {
  const now = ctx.clock.now();
  // The attempt is reserved (and counted as a failure) before the password is checked; a success clears it.
  await reserveAttempt(ctx, 'sign-ins', attempt.email, attempt.ip, now);

  const user = await findUserByEmail(ctx.db, attempt.email);
  const ok = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), attempt.password);
  if (!user || !ok) {
    throw new AppError(401, 'invalid_credentials', 'That email and password do not match an account.');
  }
  if (user.deactivated_at) {
    throw new AppError(
      401,
      'account_deactivated',
      'This account has been deactivated. Ask your manager to reactivate it.',
    );
  }

  const { token, id } = newSessionToken();
  const expiresAt = new Date(now.getTime() + ctx.config.sessionAbsoluteMs);
  const at = now.toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.clearLoginFailures(trx, attempt.email);
    await repo.insertSession(trx, {
      id,
      userId: user.id,
      now: at,
      expiresAt: expiresAt.toISOString(),
      ip: attempt.ip,
      userAgent: attempt.userAgent,
    });
    await insertAudit(trx, {
      actorId: user.id,
      action: 'auth.login',
      objectType: 'user',
      objectId: user.id,
      ip: attempt.ip,
      at,
    });
  });
  return { token, expiresAt, user: { id: user.id, name: user.name, email: user.email, role: user.role } };
}

/**
 * Reserves one password check for this address and account, or refuses with 429 (decision 033): the address is
 * limited first (LOGIN_MAX_FAILURES), the account only at the much higher LOGIN_ACCOUNT_MAX_FAILURES, so guessing
 * from one place slows that place without locking the real user out.
 */
async function reserveAttempt(
  ctx: AppContext,
  what: 'sign-ins' | 'password checks',
  email: string,
  ip: string,
  now: Date,
): Promise<void> {
  const { loginMaxFailures, loginAccountMaxFailures, loginWindowMs: windowMs } = ctx.config;
  const reservation = await repo.reserveLoginAttempt(ctx.db, {
    email,
    ip,
    at: now.toISOString(),
    since: new Date(now.getTime() - windowMs).toISOString(),
    maxPerAddress: loginMaxFailures,
    maxPerAccount: loginAccountMaxFailures,
  });
  if (reservation.reserved) return;
  const freeAt = new Date(reservation.oldestOverLimit).getTime() + windowMs;
  const waitSeconds = Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000));
  const minutes = Math.ceil(waitSeconds / 60);
  throw tooManyRequests(
    `Too many failed ${what}. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    waitSeconds,
  );
}

/** Resolves a cookie token to its user, ending the session when it is idle, expired or the user is deactivated. */
export async function authenticate(ctx: AppContext, token: string): Promise<SessionUser | null> {
  const sessionId = sessionIdOf(token);
  const row = await repo.findActiveSession(ctx.db, sessionId);
  if (!row) return null;
  const now = ctx.clock.now().getTime();
  const lastSeen = new Date(row.lastSeenAt).getTime();
  if (now >= new Date(row.expiresAt).getTime() || now - lastSeen >= ctx.config.sessionIdleMs) {
    await repo.deleteSession(ctx.db, sessionId);
    return null;
  }
  if (now - lastSeen > TOUCH_INTERVAL_MS) await repo.touchSession(ctx.db, sessionId, isoNow(ctx.clock));
  return { sessionId, id: row.userId, name: row.name, email: row.email, role: row.role };
}

/**
 * Whether a long-lived stream opened under this session may go on: the session still exists, is neither idle
 * nor expired, its user is active and has the same role. Reads only (an open tab is not activity).
 */
export async function sessionStillValid(ctx: AppContext, user: SessionUser): Promise<boolean> {
  const row = await repo.findActiveSession(ctx.db, user.sessionId);
  if (!row || row.userId !== user.id || row.role !== user.role) return false;
  const now = ctx.clock.now().getTime();
  return (
    now < new Date(row.expiresAt).getTime() &&
    now - new Date(row.lastSeenAt).getTime() < ctx.config.sessionIdleMs
  );
}

export async function logout(ctx: AppContext, sessionId: string, actor: Actor): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await repo.deleteSession(trx, sessionId);
    await insertAudit(trx, {
      actorId: actor.id,
      action: 'auth.logout',
      objectType: 'user',
      objectId: actor.id,
      ip: actor.ip,
      at: isoNow(ctx.clock),
    });
  });
}

/** Changes the signed-in person's password and signs out their other sessions. */
export async function changeOwnPassword(
  ctx: AppContext,
  actor: Actor,
  sessionId: string,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await findUserById(ctx.db, actor.id);
  if (!user) throw unauthorized();
  await reserveAttempt(ctx, 'password checks', user.email, actor.ip ?? 'unknown', ctx.clock.now());
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw badRequest('invalid_current_password', 'Your current password is not correct.', [
      { path: 'currentPassword', message: 'Your current password is not correct.' },
    ]);
  }
  if (input.currentPassword === input.newPassword) {
    throw badRequest('password_unchanged', 'Choose a password different from the current one.', [
      { path: 'newPassword', message: 'Choose a password different from the current one.' },
    ]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  const at = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.clearLoginFailures(trx, user.email);
    const fresh = await findUserById(trx, actor.id);
    if (!fresh) throw unauthorized();
    await updateUserIfVersion(trx, actor.id, fresh.version, { password_hash: passwordHash }, at);
    await deleteSessionsOfUser(trx, actor.id, sessionId);
    await insertAudit(trx, {
      actorId: actor.id,
      action: 'auth.password_changed',
      objectType: 'user',
      objectId: actor.id,
      ip: actor.ip,
      at,
    });
  });
}

/** Housekeeping so the tables don't grow without bound. */
export async function pruneAuthTables(ctx: AppContext): Promise<void> {
  const now = ctx.clock.now().getTime();
  await repo.deleteExpiredSessions(
    ctx.db,
    new Date(now).toISOString(),
    new Date(now - ctx.config.sessionIdleMs).toISOString(),
  );
  await repo.pruneLoginFailures(ctx.db, new Date(now - ctx.config.loginWindowMs).toISOString());
}
