import { dialectOf } from '../../../db/dialect';
import { prepareOnce } from '../../../db/prepared';
import type { Db } from '../../../db/types';
import { newId } from '../../ids';

export type SessionRow = {
  sessionId: string;
  lastSeenAt: string;
  expiresAt: string;
  userId: string;
  name: string;
  email: string;
  role: 'rep' | 'manager' | 'admin';
};

export async function insertSession(
  db: Db,
  s: {
    id: string;
    userId: string;
    now: string;
    expiresAt: string;
    ip: string | null;
    userAgent: string | null;
  },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: s.id,
      user_id: s.userId,
      created_at: s.now,
      last_seen_at: s.now,
      expires_at: s.expiresAt,
      ip: s.ip,
      user_agent: s.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
}

function activeSessionQuery(db: Db, sessionId: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as sessionId',
      'sessions.last_seen_at as lastSeenAt',
      'sessions.expires_at as expiresAt',
      'users.id as userId',
      'users.name as name',
      'users.email as email',
      'users.role as role',
    ])
    .where('sessions.id', '=', sessionId)
    .where('users.deactivated_at', 'is', null);
}

// Every API request runs this lookup; building and compiling it once per database saves ~15% of a call, and
// PostgreSQL prepares it once per connection (db/prepared.ts).
const compiledSessionQuery = new WeakMap<Db, ReturnType<ReturnType<typeof activeSessionQuery>['compile']>>();

/** The session with its user, only when the user is still active. */
export async function findActiveSession(db: Db, sessionId: string): Promise<SessionRow | undefined> {
  let compiled = compiledSessionQuery.get(db);
  if (!compiled) {
    compiled = activeSessionQuery(db, '').compile();
    prepareOnce(compiled.sql);
    compiledSessionQuery.set(db, compiled);
  }
  const { rows } = await db.executeQuery({ ...compiled, parameters: [sessionId] });
  return rows[0] as SessionRow | undefined;
}

export async function touchSession(db: Db, sessionId: string, now: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', sessionId).execute();
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function deleteExpiredSessions(db: Db, now: string, idleCutoff: string): Promise<void> {
  await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', idleCutoff)]))
    .execute();
}

export type AttemptLimits = {
  email: string;
  ip: string;
  at: string;
  /** Attempts after this time count. */
  since: string;
  maxPerAddress: number;
  maxPerAccount: number;
};

/** Either a reserved attempt, or when the first over-limit count frees a slot (its oldest attempt + window). */
export type AttemptReservation = { reserved: true } | { reserved: false; oldestOverLimit: string };

/**
 * Checks the address's and the account's attempts in the window and, when both are under their limits, records
 * this attempt — one step, so concurrent attempts can't all pass the check before any is recorded (issue 15).
 * The row stays as a failure unless a success clears the account's rows.
 */
export async function reserveLoginAttempt(db: Db, l: AttemptLimits): Promise<AttemptReservation> {
  return db.transaction().execute(async (trx) => {
    await dialectOf(trx).lockKeysForTransaction(trx, [`login-ip:${l.ip}`, `login-email:${l.email}`]);
    const recent = (column: 'ip' | 'email', value: string) =>
      trx
        .selectFrom('login_failures')
        .select((eb) => [eb.fn.countAll<number | string>().as('n'), eb.fn.min('created_at').as('oldest')])
        .where(column, '=', value)
        .where('created_at', '>', l.since)
        .executeTakeFirstOrThrow();
    const byIp = await recent('ip', l.ip);
    const byEmail = await recent('email', l.email);
    const over = [
      Number(byIp.n) >= l.maxPerAddress ? (byIp.oldest as string | null) : null,
      Number(byEmail.n) >= l.maxPerAccount ? (byEmail.oldest as string | null) : null,
    ].filter((oldest): oldest is string => oldest !== null);
    if (over.length > 0) return { reserved: false, oldestOverLimit: over.sort().at(-1)! };
    await trx
      .insertInto('login_failures')
      .values({ id: newId(), email: l.email, ip: l.ip, created_at: l.at })
      .execute();
    return { reserved: true };
  });
}

export async function clearLoginFailures(db: Db, email: string): Promise<void> {
  await db.deleteFrom('login_failures').where('email', '=', email).execute();
}

export async function pruneLoginFailures(db: Db, before: string): Promise<void> {
  await db.deleteFrom('login_failures').where('created_at', '<', before).execute();
}
