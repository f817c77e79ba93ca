import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema, noContentSchema } from '../../../shared/common';
import {
  contactCreateSchema,
  contactInputSchema,
  contactListQuerySchema,
  contactPageSchema,
  contactPatchSchema,
  contactSchema,
  duplicateMatchesSchema,
  noteInputSchema,
} from '../../../shared/contacts';
import { timelinePageSchema, timelineQuerySchema } from '../../../shared/timeline';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { deleteContact, restoreContact, updateContact } from './edit';
import { listContacts } from './list';
import { addNote } from './notes';
import { checkDuplicates, createContact, getContact } from './service';
import { visibleContactTimeline } from './timeline';

export function contactRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['contacts'];
    app.get(
      '/api/contacts',
      {
        schema: {
          tags,
          summary:
            'The lead database: filtered, sorted, keyset-paginated; reps see their own leads and the pool',
          querystring: contactListQuerySchema,
          response: {
            200: contactPageSchema,
            ...errorResponses(400, 401),
          },
        },
      },
      async (req) => listContacts(ctx, requireActor(req), req.query),
    );

    app.post(
      '/api/contacts',
      {
        schema: {
          tags,
          summary: 'Create a contact; 409 possible_duplicate with the matches unless allowDuplicate is true',
          body: contactCreateSchema,
          response: { 201: contactSchema, ...errorResponses(400, 401, 409) },
        },
      },
      async (req, reply) => {
        const { allowDuplicate, ...input } = req.body;
        return reply.code(201).send(await createContact(ctx, requireActor(req), input, { allowDuplicate }));
      },
    );

    app.post(
      '/api/contacts/duplicates',
      {
        schema: {
          tags,
          summary:
            'Contacts that match these details (phone, email, or name + company), for the warning before saving',
          body: contactInputSchema,
          response: { 200: duplicateMatchesSchema, ...errorResponses(400, 401) },
        },
      },
      async (req) => ({ matches: await checkDuplicates(ctx, requireActor(req), req.body) }),
    );

    app.get(
      '/api/contacts/:id',
      {
        schema: {
          tags,
          summary: 'One contact',
          params: idParamsSchema,
          response: { 200: contactSchema, ...errorResponses(401, 404) },
        },
      },
      async (req) => getContact(ctx, requireActor(req), req.params.id),
    );

    app.patch(
      '/api/contacts/:id',
      {
        schema: {
          tags,
          summary:
            'Edit fields; send the version you read — a stale one gets 409 with the current record and who changed it',
          params: idParamsSchema,
          body: contactPatchSchema,
          response: { 200: contactSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (req) => updateContact(ctx, requireActor(req), req.params.id, req.body),
    );

    app.delete(
      '/api/contacts/:id',
      {
        schema: {
          tags,
          summary: 'Soft-delete (managers); restorable for 30 days',
          params: idParamsSchema,
          response: { 204: noContentSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (req, reply) => {
        await deleteContact(ctx, requireActor(req), req.params.id);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/contacts/:id/restore',
      {
        schema: {
          tags,
          summary: 'Restore a deleted contact (managers, within 30 days)',
          params: idParamsSchema,
          response: { 200: contactSchema, ...errorResponses(401, 403, 404, 409) },
        },
      },
      async (req) => restoreContact(ctx, requireActor(req), req.params.id),
    );

    app.get(
      '/api/contacts/:id/timeline',
      {
        schema: {
          tags,
          summary: 'Everything that happened to the contact, newest first',
          params: idParamsSchema,
          querystring: timelineQuerySchema,
          response: { 200: timelinePageSchema, ...errorResponses(400, 401, 404) },
        },
      },
      async (req) =>
        visibleContactTimeline(ctx, requireActor(req), req.params.id, {
          kinds: req.query.kind?.split(',').filter(Boolean),
          cursor: req.query.cursor,
          limit: req.query.limit,
        }),
    );

    app.post(
      '/api/contacts/:id/notes',
      {
        schema: {
          tags,
          summary: 'Add a note (a timeline event)',
          params: idParamsSchema,
          body: noteInputSchema,
          response: { 201: noContentSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (req, reply) => {
        await addNote(ctx, requireActor(req), req.params.id, req.body.body);
        return reply.code(201).send(null);
      },
    );
  };
}
