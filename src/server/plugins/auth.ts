import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, AppContext } from '../context';
import { forbidden, unauthorized } from '../errors';
import { authenticate, type SessionUser } from '../modules/auth/service';
import { SESSION_COOKIE } from '../modules/auth/session-token';

declare module 'fastify' {
  interface FastifyRequest {
    sessionUser: SessionUser | null;
  }
}

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

export function requireActor(req: FastifyRequest): Actor {
  const u = req.sessionUser;
  if (!u) throw unauthorized();
  return { id: u.id, name: u.name, role: u.role, ip: req.ip };
}

export function requireRole(req: FastifyRequest, ...roles: Actor['role'][]): Actor {
  const actor = requireActor(req);
  if (!roles.includes(actor.role)) throw forbidden();
  return actor;
}

export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
