import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { databaseName } from '../../../db/capabilities';
import { pingDb } from '../../../db/create-db';
import { healthOkSchema, healthUnavailableSchema } from '../../../shared/health';
import type { AppContext } from '../../context';

export function healthRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/healthz',
      {
        schema: {
          tags: ['health'],
          summary: 'Liveness and database reachability',
          security: [],
          response: {
            200: healthOkSchema,
            503: healthUnavailableSchema,
          },
        },
      },
      async (req, reply) => {
        try {
          await pingDb(ctx.db);
          return { status: 'ok' as const, db: databaseName(ctx.db) };
        } catch (err) {
          req.log.error({ err }, 'database ping failed');
          return reply.code(503).send({ status: 'unavailable' as const, db: databaseName(ctx.db) });
        }
      },
    );
  };
}
