import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { noContentSchema } from '../../../shared/common';
import {
  emailSettingsSchema,
  emailStatsQuerySchema,
  emailStatsSchema,
  suppressionInputSchema,
  suppressionListSchema,
  suppressionParamsSchema,
  suppressionSchema,
} from '../../../shared/email';
import type { AppContext } from '../../context';
import { requireActor, requireRole } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { emailSettings } from './settings';
import { emailStats } from './stats';
import { addSuppression, listSuppressions, removeSuppression } from './suppressions';

export function emailAdminRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['email'];
    app.get(
      '/api/suppressions',
      {
        schema: {
          tags,
          summary: 'The do-not-email list (managers)',
          response: { 200: suppressionListSchema, ...errorResponses(401, 403) },
        },
      },
      async (req) => ({ items: await listSuppressions(ctx, requireActor(req)) }),
    );
    app.post(
      '/api/suppressions',
      {
        schema: {
          tags,
          body: suppressionInputSchema,
          response: { 201: suppressionSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (req, reply) => reply.code(201).send(await addSuppression(ctx, requireActor(req), req.body)),
    );
    app.delete(
      '/api/suppressions/:email',
      {
        schema: {
          tags,
          params: suppressionParamsSchema,
          response: { 204: noContentSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (req, reply) => {
        await removeSuppression(ctx, requireActor(req), req.params.email);
        return reply.code(204).send(null);
      },
    );
    app.get(
      '/api/email/settings',
      {
        schema: {
          tags,
          summary: 'The email provider settings (admins); secrets only as hasSecret',
          response: { 200: emailSettingsSchema, ...errorResponses(401, 403) },
        },
      },
      async (req) => {
        requireRole(req, 'admin');
        return emailSettings(ctx);
      },
    );
    app.get(
      '/api/email/stats',
      {
        schema: {
          tags,
          summary:
            'Sent, delivered, open/click/reply/bounce rates per rep, template and period (reps: their own)',
          querystring: emailStatsQuerySchema,
          response: { 200: emailStatsSchema, ...errorResponses(400, 401) },
        },
      },
      async (req) => emailStats(ctx, requireActor(req), req.query),
    );
  };
}
