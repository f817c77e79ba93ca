import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../shared/common';
import { expiringLeadsSchema } from '../../../shared/expiring-leads';
import {
  assignLeadsResultSchema,
  assignLeadsSchema,
  autoAssignResultSchema,
  autoAssignSchema,
  claimedContactSchema,
  claimNextResultSchema,
  claimNextSchema,
  releasedContactSchema,
  releaseLeadSchema,
} from '../../../shared/leads';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { assignLeads } from './assign';
import { autoAssign } from './auto-assign';
import { claimLead, claimNext, releaseLead } from './claim';
import { listExpiringLeads } from './expiring';

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
          params: idParamsSchema,
          response: { 200: claimedContactSchema, ...errorResponses(401, 403, 404, 409, 422) },
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
          params: idParamsSchema,
          body: releaseLeadSchema,
          response: { 200: releasedContactSchema, ...errorResponses(400, 401, 403, 404, 409) },
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
          body: claimNextSchema,
          response: { 200: claimNextResultSchema, ...errorResponses(400, 401, 403, 422) },
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
            'Managers: give chosen leads (contactIds) or every lead matching a filter (allMatching: true) to a rep, ' +
            'or to the pool (repId null); no selection is a 400; a lead that changed hands since is left alone and counted',
          body: assignLeadsSchema,
          response: { 200: assignLeadsResultSchema, ...errorResponses(400, 401, 403, 404, 422) },
        },
      },
      async (req) =>
        assignLeads(
          ctx,
          requireActor(req),
          { contactIds: req.body.contactIds, filter: req.body.filter, allMatching: req.body.allMatching },
          req.body.repId,
        ),
    );

    app.post(
      '/api/leads/auto-assign',
      {
        schema: {
          tags,
          summary:
            'Managers: spread the unassigned leads of chosen states over the reps who work them, weighted by spare ' +
            'capacity; dryRun returns the plan without assigning',
          body: autoAssignSchema,
          response: { 200: autoAssignResultSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (req) => autoAssign(ctx, requireActor(req), req.body.states, req.body.dryRun),
    );
  };
}
