import type { FastifyInstance } from 'fastify';
import { badRequest } from '../errors';

const NUL = '\u0000';
const message = 'Text may not contain the NUL character (U+0000).';

/**
 * No text with U+0000 gets past the edge: PostgreSQL refuses it in any text value (22021), which made a 500 of
 * every endpoint taking text (and killed a streamed export). Params, query and JSON body are checked once here,
 * before the route's schema: 400 `validation_failed` naming the field like the schema errors do.
 */
export function registerNulGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    const found =
      nulPath(req.params, 'params') ?? nulPath(req.query, 'querystring') ?? nulPath(req.body, 'body');
    if (found) throw badRequest('validation_failed', `${found}: ${message}`, [{ path: found, message }]);
  });
}

/** The path of the first string (value or key) with a NUL byte, walked without recursion (deep JSON is fine). */
export function nulPath(value: unknown, root: string): string | undefined {
  const stack: [unknown, string][] = [[value, root]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [v, path] = next;
    if (typeof v === 'string') {
      if (v.includes(NUL)) return path;
    } else if (v !== null && typeof v === 'object' && !Buffer.isBuffer(v)) {
      for (const [key, child] of Object.entries(v)) {
        if (key.includes(NUL)) return `${path}.${key}`;
        stack.push([child, `${path}.${key}`]);
      }
    }
  }
  return undefined;
}
