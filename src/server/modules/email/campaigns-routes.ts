import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../shared/common';
import { campaignInputSchema, campaignSchema } from '../../../shared/email';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { cancelCampaign, createCampaign, getCampaign } from './campaigns';

export function campaignRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['email'];
    app.post(
      '/api/email-campaigns',
      {
        schema: {
          tags,
          summary:
            'Bulk send a template to a filter or a list (managers: any visible leads; reps: their own). dryRun ' +
            'returns the plan (id "") with who is skipped and why; otherwise 201 and the campaign, paced per minute',
          body: campaignInputSchema,
          response: { 200: campaignSchema, 201: campaignSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (req, reply) => {
        const c = await createCampaign(ctx, requireActor(req), req.body);
        return reply.code(req.body.dryRun ? 200 : 201).send(c);
      },
    );
    app.get(
      '/api/email-campaigns/:id',
      {
        schema: {
          tags,
          params: idParamsSchema,
          response: { 200: campaignSchema, ...errorResponses(401, 404) },
        },
      },
      async (req) => getCampaign(ctx, requireActor(req), req.params.id),
    );
    app.post(
      '/api/email-campaigns/:id/cancel',
      {
        schema: {
          tags,
          params: idParamsSchema,
          response: { 200: campaignSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (req) => cancelCampaign(ctx, requireActor(req), req.params.id),
    );
  };
}
