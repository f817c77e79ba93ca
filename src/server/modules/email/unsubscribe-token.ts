import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../../db/types';
import { getSetting } from '../settings';
import { insertSettingIfAbsent } from './settings-repo';

// Unsubscribe links carry the message id, signed with HMAC-SHA256 under a secret generated once
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

export type UnsubscribeClaim = { messageId: string };

const MAC_BYTES = 12;
const sign = (secret: Buffer, id: Buffer) =>
  createHmac('sha256', secret).update(id).digest().subarray(0, MAC_BYTES);
const idBytes = (uuid: string) => Buffer.from(uuid.replace(/-/g, ''), 'hex');

/** 38 characters: the message's UUID and a 96-bit MAC, base64url. The message row names the address. */
export async function unsubscribeTokenFor(db: Db, claim: UnsubscribeClaim): Promise<string> {
  const id = idBytes(claim.messageId);
  return Buffer.concat([id, sign(await secretOf(db), id)]).toString('base64url');
}

export async function readUnsubscribeToken(db: Db, token: string): Promise<UnsubscribeClaim | null> {
  if (!/^[A-Za-z0-9_-]{38}$/.test(token)) return null;
  const raw = Buffer.from(token, 'base64url');
  const id = raw.subarray(0, 16);
  const given = raw.subarray(16);
  if (given.length !== MAC_BYTES || !timingSafeEqual(given, sign(await secretOf(db), id))) return null;
  const h = id.toString('hex');
  return {
    messageId: `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`,
  };
}
