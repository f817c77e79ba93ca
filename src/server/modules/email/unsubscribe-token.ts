import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../../db/types';
import { getSetting } from '../settings/repo';
import { insertSettingIfAbsent } from './settings-repo';

// Unsubscribe links carry the address and the message, signed with HMAC-SHA256 under a secret generated once
// per installation and kept in settings: not guessable, valid without a session, checked in constant time.
const SECRET_KEY = 'email.unsubscribe_secret';
let cached: { db: Db; secret: Buffer } | undefined;

async function secretOf(db: Db): Promise<Buffer> {
  if (cached?.db === db) return cached.secret;
  let hex = await getSetting<string>(db, SECRET_KEY);
  if (!hex) {
    await insertSettingIfAbsent(db, SECRET_KEY, randomBytes(32).toString('hex'), new Date().toISOString());
    hex = (await getSetting<string>(db, SECRET_KEY))!;
  }
  cached = { db, secret: Buffer.from(hex, 'hex') };
  return cached.secret;
}

export type UnsubscribeClaim = { email: string; messageId: string | null };

const sign = (secret: Buffer, payload: string) => createHmac('sha256', secret).update(payload).digest();

export async function unsubscribeTokenFor(db: Db, claim: UnsubscribeClaim): Promise<string> {
  const payload = Buffer.from(JSON.stringify([claim.email, claim.messageId])).toString('base64url');
  return `${payload}.${sign(await secretOf(db), payload)
    .subarray(0, 18)
    .toString('base64url')}`;
}

export async function readUnsubscribeToken(db: Db, token: string): Promise<UnsubscribeClaim | null> {
  const [payload, mac] = token.split('.');
  if (!payload || !mac || token.length > 1000) return null;
  const expected = sign(await secretOf(db), payload).subarray(0, 18);
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const [email, messageId] = JSON.parse(Buffer.from(payload, 'base64url').toString()) as [
      string,
      string | null,
    ];
    return typeof email === 'string' ? { email, messageId: messageId ?? null } : null;
  } catch {
    return null;
  }
}
