import { badRequest } from './errors';

// Keyset pagination cursors: opaque base64url JSON of the last row's sort key and id.

export function encodeCursor(c: object): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

/** The cursor a client sent back, or 400 `invalid_cursor` when it is not one this list made. */
export function decodeCursor<T>(s: string, isCursor: (c: Record<string, unknown>) => boolean): T {
  try {
    const c: unknown = JSON.parse(Buffer.from(s, 'base64url').toString());
    if (c !== null && typeof c === 'object' && isCursor(c as Record<string, unknown>)) return c as T;
  } catch {}
  throw badRequest('invalid_cursor', 'That page cursor is not valid; start from the first page.');
}
