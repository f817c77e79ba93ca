import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  territoryInputSchema,
  territoryListSchema,
  territoryMetricsSchema,
  territoryParamsSchema,
  territorySchema,
} from '../../../shared/territories';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { territoryMetrics } from './metrics';
import { listTerritories, setTerritory } from './service';

export function territoryRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['territories'];
    app.get(
      '/api/territories',
      {
        schema: {
          tags,
          summary: 'Which states each rep works (managers: everyone; reps: their own)',
          response: { 200: territoryListSchema, ...errorResponses(401) },
        },
      },
      async (req) => listTerritories(ctx, requireActor(req)),
    );
    app.put(
      '/api/territories/:repId',
      {
        schema: {
          tags,
          summary: 'Set the states a rep works (managers); takes effect at once and is audited',
          params: territoryParamsSchema,
          body: territoryInputSchema,
          response: { 200: territorySchema, ...errorResponses(400, 401, 403, 404, 422) },
        },
      },
      async (req) => setTerritory(ctx, requireActor(req), req.params.repId, req.body.states),
    );

    app.get(
      '/api/territories/metrics',
      {
        schema: {
          tags,
          summary:
            'Managers: per state and per rep — total, unassigned, claimed, worked, coverage, conversion',
          response: {
            200: territoryMetricsSchema,
            ...errorResponses(401, 403),
          },
        },
      },
      async (req) => territoryMetrics(ctx, requireActor(req)),
    );
  };
}
