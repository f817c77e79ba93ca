import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { unauthorized } from '../../errors';
import { clearSessionCookie, needsSession, SESSION_COOKIE } from '../../plugins/auth';
import { authenticate } from './service';

/**
 * Resolves the session cookie on API requests; routes then ask for `requireActor`. A request without a session to
 * a route that needs one is a 401 here, in onRequest, before its body is read or validated (issue 15).
 */
export function registerSessionAuth(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('sessionUser', null);
  app.addHook('onRequest', async (req, reply) => {
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      req.sessionUser = await authenticate(ctx, token);
      if (!req.sessionUser) clearSessionCookie(reply);
    }
    if (!req.sessionUser && needsSession(req)) throw unauthorized();
  });
}
