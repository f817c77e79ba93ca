import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { clearSessionCookie, SESSION_COOKIE } from '../../plugins/auth';
import { authenticate } from './service';

/** Resolves the session cookie on API requests; routes then ask for `requireActor`. */
export function registerSessionAuth(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('sessionUser', null);
  app.addHook('onRequest', async (req, reply) => {
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    req.sessionUser = await authenticate(ctx, token);
    if (!req.sessionUser) clearSessionCookie(reply);
  });
}
