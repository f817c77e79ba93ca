import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { territoryMetricsSchema } from '../../../shared/territories';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { territoryMetrics } from './metrics';
import { listTerritories, setTerritory } from './service';

const territorySchema = z.object({ repId: z.string(), states: z.array(z.string()) });

export function territoryRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['territories'];
    app.get(
      '/api/territories',
      {
        schema: {
          tags,
          summary: 'Which states each rep works (managers: everyone; reps: their own)',
          response: { 200: z.array(territorySchema), ...errorResponses(401) },
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
          params: z.object({ repId: z.string().min(1).max(64) }),
          body: z.object({ states: z.array(z.string().trim().toUpperCase()).max(51) }),
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
