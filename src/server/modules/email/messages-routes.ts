import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { emailMessageSchema, messageStatuses, sendEmailSchema } from '../../../shared/email';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { getMessage, listOutbox } from './outbox';
import { sendEmail, sendTestEmail } from './send';

const testBody = z.object({
  templateId: z.string().max(64),
  contactId: z.string().max(64),
  subject: z.string().trim().min(1).max(250).optional(),
  body: z.string().trim().min(1).max(50_000).optional(),
});

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
          response: {
            202: z.object({ message: emailMessageSchema }),
            ...errorResponses(400, 401, 403, 404, 422),
          },
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
          body: testBody,
          response: { 202: z.object({ message: emailMessageSchema }), ...errorResponses(400, 401, 404, 422) },
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
          querystring: z.object({
            contactId: z.string().max(64).optional(),
            status: z.enum(messageStatuses).optional(),
            cursor: z.string().max(64).optional(),
            limit: z.coerce.number().int().min(1).max(200).default(50),
          }),
          response: {
            200: z.object({ items: z.array(emailMessageSchema), nextCursor: z.string().nullable() }),
            ...errorResponses(400, 401),
          },
        },
      },
      async (req) => listOutbox(ctx, requireActor(req), req.query),
    );
    app.get(
      '/api/outbox/:id',
      {
        schema: {
          tags,
          params: z.object({ id: z.string().max(64) }),
          response: { 200: emailMessageSchema, ...errorResponses(401, 404) },
        },
      },
      async (req) => getMessage(ctx, requireActor(req), req.params.id),
    );
  };
}
