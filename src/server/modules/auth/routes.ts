import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { noContentSchema } from '../../../shared/common';
import {
  changePasswordSchema,
  demoProfilesSchema,
  loginSchema,
  meSchema,
  signedInSchema,
} from '../../../shared/users';
import type { AppContext } from '../../context';
import { unauthorized } from '../../errors';
import { clearSessionCookie, publicRoute, requireActor, setSessionCookie } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { getSetting } from '../settings';
import { listDemoProfiles } from './demo-profiles';
import * as auth from './service';

export function authRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/auth/login',
      {
        config: publicRoute,
        schema: {
          tags: ['auth'],
          summary: 'Sign in with email and password; sets the session cookie',
          body: loginSchema,
          response: { 200: signedInSchema, ...errorResponses(400, 401, 429) },
        },
      },
      async (req, reply) => {
        const signedIn = await auth.login(ctx, {
          ...req.body,
          ip: req.ip,
          userAgent: req.headers['user-agent'] ?? null,
        });
        setSessionCookie(reply, signedIn.token, signedIn.expiresAt, ctx.config.secureCookies);
        return { user: signedIn.user };
      },
    );

    app.post(
      '/api/auth/logout',
      {
        schema: {
          tags: ['auth'],
          summary: 'End this session',
          response: { 204: noContentSchema, ...errorResponses(401) },
        },
      },
      async (req, reply) => {
        const actor = requireActor(req);
        await auth.logout(ctx, req.sessionUser!.sessionId, actor);
        clearSessionCookie(reply);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/me',
      {
        schema: {
          tags: ['auth'],
          summary: 'The signed-in person',
          response: { 200: meSchema, ...errorResponses(401) },
        },
      },
      async (req) => {
        const u = req.sessionUser;
        if (!u) throw unauthorized();
        return { id: u.id, name: u.name, email: u.email, role: u.role };
      },
    );

    app.post(
      '/api/me/password',
      {
        schema: {
          tags: ['auth'],
          summary: 'Change my password (signs out my other sessions)',
          body: changePasswordSchema,
          response: { 204: noContentSchema, ...errorResponses(400, 401) },
        },
      },
      async (req, reply) => {
        const actor = requireActor(req);
        await auth.changeOwnPassword(ctx, actor, req.sessionUser!.sessionId, req.body);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/auth/demo-profiles',
      {
        config: publicRoute,
        schema: {
          tags: ['auth'],
          summary: 'The organisation’s name and, in the demo, its people for the sign-in profile picker',
          response: { 200: demoProfilesSchema },
        },
      },
      async () => ({
        profiles: await listDemoProfiles(ctx),
        orgName: (await getSetting<string>(ctx.db, 'org.name')) ?? null,
      }),
    );
  };
}
