import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  contactInputSchema,
  contactListQuerySchema,
  contactPageSchema,
  contactSchema,
} from '../../../shared/contacts';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { deleteContact, restoreContact, updateContact } from './edit';
import { listContacts } from './list';
import { addNote } from './notes';
import { checkDuplicates, createContact, getContact } from './service';
import { visibleContactTimeline } from './timeline';

const idParams = z.object({ id: z.string().min(1).max(64) });
const duplicateSchema = z.object({
  id: z.string().nullable(),
  name: z.string(),
  company: z.string().nullable(),
  ownerName: z.string().nullable(),
  matchedOn: z.array(z.enum(['phone', 'email', 'name_company'])),
  message: z.string(),
});
const timelineEventSchema = z.object({
  id: z.string(),
  kind: z.string(),
  occurredAt: z.string(),
  actor: z.object({ id: z.string(), name: z.string() }).nullable(),
  data: z.record(z.string(), z.unknown()).nullable(),
});

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
          body: contactInputSchema.extend({
            ownerId: z.string().nullable().optional(),
            allowDuplicate: z.boolean().optional(),
          }),
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
          response: { 200: z.object({ matches: z.array(duplicateSchema) }), ...errorResponses(400, 401) },
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
          params: idParams,
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
          params: idParams,
          body: contactInputSchema.partial().extend({ version: z.number().int().min(1) }),
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
          params: idParams,
          response: { 204: z.null(), ...errorResponses(401, 403, 404) },
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
          params: idParams,
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
          params: idParams,
          querystring: z.object({
            kind: z.string().max(200).optional().describe('comma-separated kinds, e.g. note,contact.updated'),
            cursor: z.string().max(500).optional(),
            limit: z.coerce.number().int().min(1).max(100).default(25),
          }),
          response: {
            200: z.object({ items: z.array(timelineEventSchema), nextCursor: z.string().nullable() }),
            ...errorResponses(400, 401, 404),
          },
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
          params: idParams,
          body: z.object({ body: z.string().trim().min(1, 'Write something first.').max(5000) }),
          response: { 201: z.null(), ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (req, reply) => {
        await addNote(ctx, requireActor(req), req.params.id, req.body.body);
        return reply.code(201).send(null);
      },
    );
  };
}
