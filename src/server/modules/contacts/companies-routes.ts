import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../shared/common';
import {
  companyInputSchema,
  companyListQuerySchema,
  companyPageSchema,
  companyPatchSchema,
  companySchema,
  companyWithContactsSchema,
} from '../../../shared/contacts';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { createCompany, getCompany, listCompanies, updateCompany } from './companies-service';

export function companyRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['companies'];
    app.get(
      '/api/companies',
      {
        schema: {
          tags,
          summary: 'Companies by name, with how many contacts each has',
          querystring: companyListQuerySchema,
          response: { 200: companyPageSchema, ...errorResponses(401) },
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
          params: idParamsSchema,
          response: { 200: companyWithContactsSchema, ...errorResponses(401, 404) },
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
          params: idParamsSchema,
          body: companyPatchSchema,
          response: { 200: companySchema, ...errorResponses(400, 401, 404, 409) },
        },
      },
      async (req) => updateCompany(ctx, requireActor(req), req.params.id, req.body),
    );
  };
}
