import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../shared/common';
import {
  renderedEmailSchema,
  templateInputSchema,
  templateListQuerySchema,
  templateListSchema,
  templatePatchSchema,
  templatePreviewSchema,
  templateSchema,
} from '../../../shared/email';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { previewEmail } from './send';
import { createTemplate, getTemplate, listTemplates, updateTemplate } from './templates';

export function templateRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['email'];
    app.get(
      '/api/templates',
      {
        schema: {
          tags,
          summary: 'Team templates and my personal ones; archived=true lists the archived ones',
          querystring: templateListQuerySchema,
          response: { 200: templateListSchema, ...errorResponses(401) },
        },
      },
      async (req) => ({ items: await listTemplates(ctx, requireActor(req), req.query.archived === 'true') }),
    );
    app.post(
      '/api/templates',
      {
        schema: {
          tags,
          summary:
            'Create (or duplicate: post a copy’s content). Reps create personal templates; managers either',
          body: templateInputSchema,
          response: { 201: templateSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (req, reply) => reply.code(201).send(await createTemplate(ctx, requireActor(req), req.body)),
    );
    app.get(
      '/api/templates/:id',
      {
        schema: {
          tags,
          params: idParamsSchema,
          response: { 200: templateSchema, ...errorResponses(401, 404) },
        },
      },
      async (req) => getTemplate(ctx, requireActor(req), req.params.id),
    );
    app.patch(
      '/api/templates/:id',
      {
        schema: {
          tags,
          summary:
            'Edit or archive with the version you read; a stale version gets 409 with the current template',
          params: idParamsSchema,
          body: templatePatchSchema,
          response: { 200: templateSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (req) => updateTemplate(ctx, requireActor(req), req.params.id, req.body),
    );
    app.post(
      '/api/templates/:id/preview',
      {
        schema: {
          tags,
          summary:
            'Render against a contact I can see (optionally with edited subject/body): HTML, text, missing',
          params: idParamsSchema,
          body: templatePreviewSchema,
          response: { 200: renderedEmailSchema, ...errorResponses(400, 401, 404) },
        },
      },
      async (req) => previewEmail(ctx, requireActor(req), req.params.id, req.body),
    );
  };
}
