import { createHash, randomBytes } from 'node:crypto';

/** 128 random bits for the cookie; only its hash is stored, so a leaked table can't be replayed. */
export function newSessionToken(): { token: string; id: string } {
  const token = randomBytes(16).toString('base64url');
  return { token, id: sessionIdOf(token) };
}

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
