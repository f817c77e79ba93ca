import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { searchQuerySchema, searchResultSchema } from '../../../shared/search';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { search } from './search-service';

export function searchRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/search',
      {
        schema: {
          tags: ['search'],
          summary: 'Search-as-you-type over contacts and companies: name, company, phone digits, email, city',
          querystring: searchQuerySchema,
          response: { 200: searchResultSchema, ...errorResponses(400, 401) },
        },
      },
      async (req) => search(ctx, requireActor(req), req.query.q, req.query.limit),
    );
  };
}
