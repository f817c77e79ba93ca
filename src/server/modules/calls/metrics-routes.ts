import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  callMetricsQuerySchema,
  callMetricsSchema,
  talkingPointsInputSchema,
  talkingPointsSchema,
} from '../../../shared/calls';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { callMetrics } from './metrics';
import { getTalkingPoints, putTalkingPoints } from './talking-points';

export function callMetricsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/metrics/calls',
      {
        schema: {
          tags: ['calls'],
          summary:
            'Call numbers over organisation dates from..to (inclusive, America/Chicago; default the last 14 ' +
            'days): reps their own, managers a rep’s (repId) or the team’s',
          querystring: callMetricsQuerySchema,
          response: { 200: callMetricsSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (req) => callMetrics(ctx, requireActor(req), req.query),
    );

    app.get(
      '/api/talking-points',
      {
        schema: {
          tags: ['calls'],
          summary: 'The manager’s talking points for the call flow',
          response: { 200: talkingPointsSchema, ...errorResponses(401) },
        },
      },
      async (req) => {
        requireActor(req);
        return getTalkingPoints(ctx);
      },
    );

    app.put(
      '/api/talking-points',
      {
        schema: {
          tags: ['calls'],
          summary: 'Managers: replace the talking points (audited)',
          body: talkingPointsInputSchema,
          response: { 200: talkingPointsSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (req) => putTalkingPoints(ctx, requireActor(req), req.body.text),
    );
  };
}
