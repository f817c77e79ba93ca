import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contactFilterSchema, contactSchema } from '../../../shared/contacts';
import { expiringLeadsSchema } from '../../../shared/expiring-leads';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { assignLeads } from './assign';
import { autoAssign } from './auto-assign';
import { claimLead, claimNext, releaseLead } from './claim';
import { listExpiringLeads } from './expiring';

const idParams = z.object({ id: z.string().min(1).max(64) });

export function leadRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['leads'];
    app.post(
      '/api/contacts/:id/claim',
      {
        schema: {
          tags,
          summary:
            'Claim an unassigned lead of your territory. 409 lead_already_claimed names the owner; 403 outside ' +
            'your territory; 422 over the open-lead or daily-claim limit',
          params: idParams,
          response: { 200: z.object({ contact: contactSchema }), ...errorResponses(401, 403, 404, 409, 422) },
        },
      },
      async (req) => ({ contact: await claimLead(ctx, requireActor(req), req.params.id) }),
    );

    app.post(
      '/api/contacts/:id/release',
      {
        schema: {
          tags,
          summary: 'Return a lead to the pool with a reason (its owner, or a manager)',
          params: idParams,
          body: z.object({ reason: z.string().trim().min(1, 'Say why you are releasing it.').max(500) }),
          response: {
            200: z.object({
              contact: contactSchema.nullable().describe('null when you can no longer see it'),
            }),
            ...errorResponses(400, 401, 403, 404, 409),
          },
        },
      },
      async (req) => ({ contact: await releaseLead(ctx, requireActor(req), req.params.id, req.body.reason) }),
    );

    app.get(
      '/api/leads/expiring',
      {
        schema: {
          tags,
          summary:
            'Your own leads that go back to the pool soon unless you touch them (a call, an email, a note), ' +
            'soonest first',
          response: { 200: expiringLeadsSchema, ...errorResponses(401) },
        },
      },
      async (req) => ({ items: await listExpiringLeads(ctx, requireActor(req)) }),
    );

    app.post(
      '/api/leads/claim-next',
      {
        schema: {
          tags,
          summary:
            'Claim the best N free leads of your territory (most complete, then newest), within your limits',
          body: z.object({ count: z.number().int().min(1).max(100) }),
          response: {
            200: z.object({ claimed: z.array(z.string()) }),
            ...errorResponses(400, 401, 403, 422),
          },
        },
      },
      async (req) => claimNext(ctx, requireActor(req), req.body.count),
    );

    app.post(
      '/api/leads/assign',
      {
        schema: {
          tags,
          summary:
            'Managers: give chosen leads (contactIds) or every lead matching a filter to a rep, or to the pool ' +
            '(repId null); a lead that changed hands since is left alone and counted',
          body: z.object({
            contactIds: z.array(z.string().max(64)).max(50_000).optional(),
            filter: contactFilterSchema.optional(),
            repId: z.string().max(64).nullable(),
          }),
          response: {
            200: z.object({ assigned: z.number(), unchanged: z.number(), changedMeanwhile: z.number() }),
            ...errorResponses(400, 401, 403, 404, 422),
          },
        },
      },
      async (req) =>
        assignLeads(
          ctx,
          requireActor(req),
          { contactIds: req.body.contactIds, filter: req.body.filter },
          req.body.repId,
        ),
    );

    const n = z.number();
    app.post(
      '/api/leads/auto-assign',
      {
        schema: {
          tags,
          summary:
            'Managers: spread the unassigned leads of chosen states over the reps who work them, weighted by spare ' +
            'capacity; dryRun returns the plan without assigning',
          body: z.object({
            states: z.array(z.string().trim().toUpperCase().length(2)).min(1).max(51),
            dryRun: z.boolean().default(true),
          }),
          response: {
            200: z.object({
              total: n,
              unassignable: n,
              reps: z.array(z.object({ repId: z.string(), name: z.string(), spareBefore: n, count: n })),
              assigned: n.optional(),
              changedMeanwhile: n.optional(),
            }),
            ...errorResponses(400, 401, 403),
          },
        },
      },
      async (req) => autoAssign(ctx, requireActor(req), req.body.states, req.body.dryRun),
    );
  };
}
