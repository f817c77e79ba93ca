import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { companyInputSchema, companySchema, contactSchema } from '../../../shared/contacts';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { createCompany, getCompany, listCompanies, updateCompany } from './companies-service';

const idParams = z.object({ id: z.string().min(1).max(64) });

export function companyRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['companies'];
    app.get(
      '/api/companies',
      {
        schema: {
          tags,
          summary: 'Companies by name, with how many contacts each has',
          querystring: z.object({
            cursor: z.string().max(500).optional(),
            limit: z.coerce.number().int().min(1).max(200).default(50),
          }),
          response: {
            200: z.object({ items: z.array(companySchema), nextCursor: z.string().nullable() }),
            ...errorResponses(401),
          },
        },
      },
      async (req) => {
        requireActor(req);
        return listCompanies(ctx, req.query.cursor, req.query.limit);
      },
    );

    app.get(
      '/api/companies/:id',
      {
        schema: {
          tags,
          summary: 'A company with the contacts you may see',
          params: idParams,
          response: {
            200: companySchema.extend({ contacts: z.array(contactSchema) }),
            ...errorResponses(401, 404),
          },
        },
      },
      async (req) => getCompany(ctx, requireActor(req), req.params.id),
    );

    app.post(
      '/api/companies',
      {
        schema: {
          tags,
          summary: 'Create a company',
          body: companyInputSchema,
          response: { 201: companySchema, ...errorResponses(400, 401, 409) },
        },
      },
      async (req, reply) => reply.code(201).send(await createCompany(ctx, requireActor(req), req.body)),
    );

    app.patch(
      '/api/companies/:id',
      {
        schema: {
          tags,
          summary: 'Edit a company; a stale version gets 409',
          params: idParams,
          body: companyInputSchema.partial().extend({ version: z.number().int().min(1) }),
          response: { 200: companySchema, ...errorResponses(400, 401, 404, 409) },
        },
      },
      async (req) => updateCompany(ctx, requireActor(req), req.params.id, req.body),
    );
  };
}
