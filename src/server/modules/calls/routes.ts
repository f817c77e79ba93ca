import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  callListQuerySchema,
  callListSchema,
  leaseReleaseSchema,
  leaseSchema,
  logCallBodySchema,
  loggedCallSchema,
} from '../../../shared/calls';
import { idParamsSchema, noContentSchema } from '../../../shared/common';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { buildCallList } from './call-list';
import { leaseContact, releaseLease } from './lease';
import { logCall } from './log-call';

export function callRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['calls'];
    app.get(
      '/api/call-list',
      {
        schema: {
          tags,
          summary:
            'My day: overdue follow-ups, due later today, never called, retries after the cool-down; leads ' +
            'outside 8:00–21:00 local time in heldBack. Managers: any rep’s with repId',
          querystring: callListQuerySchema,
          response: { 200: callListSchema, ...errorResponses(401, 403) },
        },
      },
      async (req) => buildCallList(ctx, requireActor(req), req.query.repId),
    );

    app.post(
      '/api/contacts/:id/calls',
      {
        schema: {
          tags,
          summary:
            'Log a call (owner or manager): sets the status, creates a callback/follow-up task, completes your ' +
            'open tasks on the lead, releases your lease. 409 lead_leased / stale_version (with the current ' +
            'contact); 422 follow_up_required for a callback without followUpAt',
          params: idParamsSchema,
          body: logCallBodySchema,
          response: { 201: loggedCallSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await logCall(ctx, requireActor(req), req.params.id, req.body)),
    );

    app.post(
      '/api/contacts/:id/lease',
      {
        schema: {
          tags,
          summary:
            'Open the lead in the call flow for 10 idle minutes (renewing extends it); 409 lead_leased names ' +
            'who has it',
          params: idParamsSchema,
          response: { 200: leaseSchema, ...errorResponses(401, 403, 404, 409) },
        },
      },
      async (req) => leaseContact(ctx, requireActor(req), req.params.id),
    );

    app.delete(
      '/api/contacts/:id/lease',
      {
        schema: {
          tags,
          summary:
            'Let go of the lead. With {reason} it is a skip in the call flow, recorded on the timeline ' +
            '(call.skipped)',
          params: idParamsSchema,
          body: leaseReleaseSchema,
          response: { 204: noContentSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (req, reply) => {
        await releaseLease(ctx, requireActor(req), req.params.id, req.body?.reason);
        return reply.code(204).send(null);
      },
    );
  };
}
