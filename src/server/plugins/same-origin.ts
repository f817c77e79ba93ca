import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence: a browser's state-changing request must come from our own origin.
 * Browsers always send Sec-Fetch-Site (and Origin on POST); API clients send neither and are let through
 * on their session cookie alone.
 */
export function registerSameOriginCheck(app: FastifyInstance, publicUrl: string | undefined): void {
  const publicOrigin = publicUrl ? new URL(publicUrl).origin : undefined;
  app.addHook('onRequest', async (req) => {
    if (SAFE_METHODS.has(req.method) || !req.url.startsWith('/api/')) return;
    const site = req.headers['sec-fetch-site'];
    if (typeof site === 'string' && site !== 'same-origin') throw crossOrigin();
    const origin = req.headers.origin;
    if (typeof origin === 'string' && origin !== ownOrigin(req) && origin !== publicOrigin)
      throw crossOrigin();
  });
}

function ownOrigin(req: FastifyRequest): string {
  return `${req.protocol}://${req.host}`;
}

function crossOrigin(): AppError {
  return new AppError(403, 'cross_origin_request', 'This request came from another site and was refused.');
}
