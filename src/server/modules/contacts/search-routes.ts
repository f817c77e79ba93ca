import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { search } from './search-service';

const n = z.string().nullable();

export function searchRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/search',
      {
        schema: {
          tags: ['search'],
          summary: 'Search-as-you-type over contacts and companies: name, company, phone digits, email, city',
          querystring: z.object({
            q: z.string().max(100),
            limit: z.coerce.number().int().min(1).max(25).default(8),
          }),
          response: {
            200: z.object({
              contacts: z.array(
                z.object({
                  id: z.string(),
                  name: z.string(),
                  company: n,
                  phone: n,
                  email: n,
                  city: n,
                  state: n,
                  owner: n,
                  restricted: z.boolean().describe('someone else’s lead: only name, company and owner'),
                }),
              ),
              companies: z.array(z.object({ id: z.string(), name: z.string(), city: n, state: n })),
            }),
            ...errorResponses(400, 401),
          },
        },
      },
      async (req) => search(ctx, requireActor(req), req.query.q, req.query.limit),
    );
  };
}
