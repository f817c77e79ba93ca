import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../shared/common';
import {
  emailMessageSchema,
  outboxPageSchema,
  outboxQuerySchema,
  queuedMessageSchema,
  sendEmailSchema,
  testEmailSchema,
} from '../../../shared/email';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { getMessage, listOutbox } from './outbox';
import { sendEmail, sendTestEmail } from './send';

export function messageRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['email'];
    app.post(
      '/api/emails',
      {
        schema: {
          tags,
          summary:
            'Queue an email to a lead (owner or manager). 422 suppressed / no_email / missing_variables ' +
            '(send again with allowMissing)',
          body: sendEmailSchema,
          response: { 202: queuedMessageSchema, ...errorResponses(400, 401, 403, 404, 422) },
        },
      },
      async (req, reply) =>
        reply.code(202).send({ message: await sendEmail(ctx, requireActor(req), req.body) }),
    );
    app.post(
      '/api/emails/test',
      {
        schema: {
          tags,
          summary: 'Send the template with a contact’s data to myself (not on the timeline)',
          body: testEmailSchema,
          response: { 202: queuedMessageSchema, ...errorResponses(400, 401, 404, 422) },
        },
      },
      async (req, reply) =>
        reply.code(202).send({ message: await sendTestEmail(ctx, requireActor(req), req.body) }),
    );
    app.get(
      '/api/outbox',
      {
        schema: {
          tags,
          summary: 'Messages, newest first: reps see what they sent, managers everything',
          querystring: outboxQuerySchema,
          response: { 200: outboxPageSchema, ...errorResponses(400, 401) },
        },
      },
      async (req) => listOutbox(ctx, requireActor(req), req.query),
    );
    app.get(
      '/api/outbox/:id',
      {
        schema: {
          tags,
          params: idParamsSchema,
          response: { 200: emailMessageSchema, ...errorResponses(401, 404) },
        },
      },
      async (req) => getMessage(ctx, requireActor(req), req.params.id),
    );
  };
}
