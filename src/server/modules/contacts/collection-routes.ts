import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema, noContentSchema } from '../../../shared/common';
import {
  bulkTagsResultSchema,
  bulkTagsSchema,
  contactCountSchema,
  contactExportQuerySchema,
  contactFilterSchema,
  savedViewInputSchema,
  savedViewListSchema,
  savedViewPatchSchema,
  savedViewSchema,
} from '../../../shared/contacts';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { bulkTag } from './bulk-tags';
import { exportContactsCsv } from './export';
import { countMatchingContacts } from './list';
import { createView, deleteView, listViews, updateView } from './saved-views';

/** Routes over many contacts at once: saved views, export, bulk actions. */
export function contactCollectionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['contacts'];
    app.get(
      '/api/contacts/export.csv',
      {
        schema: {
          tags,
          summary: 'CSV of every contact matching the filter that you may see, streamed',
          querystring: contactExportQuerySchema,
        },
      },
      async (req, reply) => {
        const { columns, ...filter } = req.query;
        const csv = await exportContactsCsv(ctx, requireActor(req), filter, columns);
        const day = new Date().toISOString().slice(0, 10);
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="lowboy-contacts-${day}.csv"`)
          .send(csv);
      },
    );

    app.get(
      '/api/contacts/count',
      {
        schema: {
          tags,
          summary:
            'The exact number of contacts matching the filter that you may see (the list caps its count)',
          querystring: contactFilterSchema,
          response: { 200: contactCountSchema, ...errorResponses(400, 401) },
        },
      },
      async (req) => countMatchingContacts(ctx, requireActor(req), req.query),
    );

    app.post(
      '/api/contacts/bulk/tags',
      {
        schema: {
          tags,
          summary:
            'Add/remove tags on chosen contacts (ids) or on all matching a filter (allMatching: true); only those ' +
            'you may edit',
          body: bulkTagsSchema,
          response: { 200: bulkTagsResultSchema, ...errorResponses(400, 401, 422) },
        },
      },
      async (req) =>
        bulkTag(
          ctx,
          requireActor(req),
          { ids: req.body.ids, filter: req.body.filter, allMatching: req.body.allMatching },
          req.body.add,
          req.body.remove,
        ),
    );

    app.get(
      '/api/contacts/views',
      {
        schema: {
          tags,
          summary: 'My saved views',
          response: { 200: savedViewListSchema, ...errorResponses(401) },
        },
      },
      async (req) => ({ views: await listViews(ctx, requireActor(req)) }),
    );
    app.post(
      '/api/contacts/views',
      {
        schema: {
          tags,
          summary: 'Save the current filter as a view',
          body: savedViewInputSchema,
          response: { 201: savedViewSchema, ...errorResponses(400, 401) },
        },
      },
      async (req, reply) => reply.code(201).send(await createView(ctx, requireActor(req), req.body)),
    );
    app.patch(
      '/api/contacts/views/:id',
      {
        schema: {
          tags,
          summary: 'Rename or change a view',
          params: idParamsSchema,
          body: savedViewPatchSchema,
          response: { 200: savedViewSchema, ...errorResponses(400, 401, 404) },
        },
      },
      async (req) => updateView(ctx, requireActor(req), req.params.id, req.body),
    );
    app.delete(
      '/api/contacts/views/:id',
      {
        schema: {
          tags,
          summary: 'Delete a view',
          params: idParamsSchema,
          response: { 204: noContentSchema, ...errorResponses(401, 404) },
        },
      },
      async (req, reply) => {
        await deleteView(ctx, requireActor(req), req.params.id);
        return reply.code(204).send(null);
      },
    );
  };
}
