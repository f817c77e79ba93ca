import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contactSchema } from '../../../shared/contacts';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { mergeContacts } from '../contacts';
import { conflictsOfContact, listConflicts } from './conflicts';

const idParams = z.object({ id: z.string().min(1).max(64) });
const matched = z.enum(['phone', 'email']);

/** Duplicate calling, prevented: the same person owned by two reps, flagged, merged or reassigned. */
export function conflictRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/leads/conflicts',
      {
        schema: {
          tags: ['leads'],
          summary: 'Managers: contacts owned by different reps that share a phone or an email',
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  matchedOn: matched,
                  value: z.string(),
                  contacts: z.tuple([contactSchema, contactSchema]),
                }),
              ),
            }),
            ...errorResponses(401, 403),
          },
        },
      },
      async (req) => ({ items: await listConflicts(ctx, requireActor(req)) }),
    );

    app.get(
      '/api/contacts/:id/conflicts',
      {
        schema: {
          tags: ['contacts'],
          summary: 'Other reps’ contacts with this contact’s phone or email (the flag on the card)',
          params: idParams,
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  id: z.string(),
                  name: z.string(),
                  company: z.string().nullable(),
                  owner: z.object({ id: z.string(), name: z.string() }),
                  matchedOn: z.array(matched),
                }),
              ),
            }),
            ...errorResponses(401, 404),
          },
        },
      },
      async (req) => ({ items: await conflictsOfContact(ctx, requireActor(req), req.params.id) }),
    );

    app.post(
      '/api/contacts/:id/merge',
      {
        schema: {
          tags: ['contacts'],
          summary:
            'Managers: merge a duplicate into this contact (empty fields filled, history moved, duplicate to ' +
            'Recently deleted); both versions are checked',
          params: idParams,
          body: z.object({
            duplicateId: z.string().min(1).max(64),
            version: z.number().int(),
            duplicateVersion: z.number().int(),
          }),
          response: { 200: contactSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (req) => mergeContacts(ctx, requireActor(req), req.params.id, req.body),
    );
  };
}
