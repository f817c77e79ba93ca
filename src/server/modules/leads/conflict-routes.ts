import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../shared/common';
import { contactSchema } from '../../../shared/contacts';
import {
  contactConflictListSchema,
  leadConflictListSchema,
  mergeContactsSchema,
} from '../../../shared/leads';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { mergeContacts } from '../contacts';
import { conflictsOfContact, listConflicts } from './conflicts';

/** Duplicate calling, prevented: the same person owned by two reps, flagged, merged or reassigned. */
export function conflictRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/leads/conflicts',
      {
        schema: {
          tags: ['leads'],
          summary: 'Managers: contacts owned by different reps that share a phone or an email',
          response: { 200: leadConflictListSchema, ...errorResponses(401, 403) },
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
          params: idParamsSchema,
          response: { 200: contactConflictListSchema, ...errorResponses(401, 404) },
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
          params: idParamsSchema,
          body: mergeContactsSchema,
          response: { 200: contactSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (req) => mergeContacts(ctx, requireActor(req), req.params.id, req.body),
    );
  };
}
