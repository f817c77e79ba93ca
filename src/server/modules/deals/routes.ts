import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../shared/common';
import {
  dealInputSchema,
  dealListQuerySchema,
  dealListSchema,
  dealPatchSchema,
  dealSchema,
  dealStageBodySchema,
  stageProbabilitiesSchema,
} from '../../../shared/deals';
import { dealTimelineSchema } from '../../../shared/timeline';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { dealTimeline, listDeals } from './list';
import { getStageProbabilities, putStageProbabilities } from './probabilities';
import { createDeal, getDeal, updateDeal } from './service';
import { changeDealStage } from './stage';

export function dealRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['deals'];
    app.get(
      '/api/deals/probabilities',
      {
        schema: {
          tags,
          summary: 'Win probability per stage, percent (setting deals.probabilities)',
          response: { 200: stageProbabilitiesSchema, ...errorResponses(401) },
        },
      },
      async (req) => {
        requireActor(req);
        return getStageProbabilities(ctx);
      },
    );
    app.put(
      '/api/deals/probabilities',
      {
        schema: {
          tags,
          summary: 'Managers: replace the stage probabilities, 0–100 (Won 100, Lost 0); audited',
          body: stageProbabilitiesSchema,
          response: { 200: stageProbabilitiesSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (req) => putStageProbabilities(ctx, requireActor(req), req.body),
    );
    app.post(
      '/api/deals',
      {
        schema: {
          tags,
          summary: 'Create a deal from a contact you may work (its owner, or a manager)',
          body: dealInputSchema,
          response: { 201: dealSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (req, reply) => reply.code(201).send(await createDeal(ctx, requireActor(req), req.body)),
    );
    app.get(
      '/api/deals',
      {
        schema: {
          tags,
          summary: 'Deals, newest first: reps their own, managers everyone’s (ownerId to filter)',
          querystring: dealListQuerySchema,
          response: { 200: dealListSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (req) => listDeals(ctx, requireActor(req), req.query),
    );
    app.get(
      '/api/deals/:id',
      {
        schema: {
          tags,
          summary: 'One deal',
          params: idParamsSchema,
          response: { 200: dealSchema, ...errorResponses(401, 404) },
        },
      },
      async (req) => getDeal(ctx, requireActor(req), req.params.id),
    );
    app.patch(
      '/api/deals/:id',
      {
        schema: {
          tags,
          summary: 'Edit a deal (versioned: 409 stale_version with the current deal)',
          params: idParamsSchema,
          body: dealPatchSchema,
          response: { 200: dealSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (req) => updateDeal(ctx, requireActor(req), req.params.id, req.body),
    );
    app.post(
      '/api/deals/:id/stage',
      {
        schema: {
          tags,
          summary:
            'Move a deal to a stage (versioned). Lost needs lostReason (422 lost_reason_required); Won and ' +
            'Lost set closedAt and are final (409 deal_closed)',
          params: idParamsSchema,
          body: dealStageBodySchema,
          response: { 200: dealSchema, ...errorResponses(400, 401, 404, 409, 422) },
        },
      },
      async (req) => changeDealStage(ctx, requireActor(req), req.params.id, req.body),
    );
    app.get(
      '/api/deals/:id/timeline',
      {
        schema: {
          tags,
          summary: 'The deal’s own timeline, newest first',
          params: idParamsSchema,
          response: { 200: dealTimelineSchema, ...errorResponses(401, 404) },
        },
      },
      async (req) => dealTimeline(ctx, requireActor(req), req.params.id),
    );
  };
}
