import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { databaseName } from '../../../db/capabilities';
import { pingDb } from '../../../db/create-db';
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
            200: z.object({ status: z.literal('ok'), db: z.enum(['sqlite', 'postgres']) }),
            503: z.object({ status: z.literal('unavailable'), db: z.enum(['sqlite', 'postgres']) }),
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
