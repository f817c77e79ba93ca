import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { isAdjustable } from '../clock';
import type { AppContext } from '../context';
import { publicRoute } from './auth';

/**
 * Browser tests move time (a callback coming due) with POST /api/test/clock {advanceMs}. The route exists only
 * when NODE_ENV=test and the app's clock is adjustable; in any other configuration it is never registered (404).
 */
export function registerTestClock(app: FastifyInstance, ctx: AppContext): void {
  const { clock } = ctx;
  if (ctx.config.env !== 'test' || !isAdjustable(clock)) return;
  app.post(
    '/api/test/clock',
    {
      config: publicRoute,
      schema: {
        hide: true,
        body: z.object({
          advanceMs: z
            .number()
            .int()
            .min(0)
            .max(366 * 86_400_000),
        }),
      },
    },
    async (req) => {
      clock.advance((req.body as { advanceMs: number }).advanceMs);
      return { now: clock.now().toISOString() };
    },
  );
}
