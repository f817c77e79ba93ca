import { z } from 'zod';

const dialectSchema = z.enum(['sqlite', 'postgres']);

/** GET /healthz: 200 when the database answers, 503 when it does not. */
export const healthOkSchema = z.object({ status: z.literal('ok'), db: dialectSchema });
export const healthUnavailableSchema = z.object({ status: z.literal('unavailable'), db: dialectSchema });
