import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Me } from '../../shared/users';
import type { Actor } from '../context';
import { forbidden, unauthorized } from '../errors';

// The request's person, set by the auth module's session hook (modules/auth/session-hook.ts); routes ask for
// `requireActor`. This file sits below the modules, so it knows the session's shape, not how it is found.
export type SessionUser = Me & { sessionId: string };

export const SESSION_COOKIE = 'lowboy_session';

declare module 'fastify' {
  interface FastifyRequest {
    sessionUser: SessionUser | null;
  }
  interface FastifyContextConfig {
    /** Anyone may call it (sign-in, the API docs); every other /api/ route answers 401 without a session. */
    public?: boolean;
  }
}

/** Route config of the few API routes that answer without a session. */
export const publicRoute = { public: true } as const;

/** Whether a matched route needs a session: the session hook refuses anonymous requests before the body is read. */
export const needsSession = (req: FastifyRequest) =>
  req.url.startsWith('/api/') && !req.is404 && req.routeOptions.config.public !== true;

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
