import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { leadRulesPatchSchema, leadRulesSchema } from '../../../shared/lead-rules';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { getLeadRules } from '../access';
import { updateLeadRules } from './rules';

export function leadRulesRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['leads'];
    app.get(
      '/api/lead-rules',
      {
        schema: {
          tags,
          summary: 'The organisation’s lead rules: limits, claim expiry and who sees which leads',
          response: { 200: leadRulesSchema, ...errorResponses(401) },
        },
      },
      async (req) => {
        requireActor(req);
        return getLeadRules(ctx);
      },
    );

    app.patch(
      '/api/lead-rules',
      {
        schema: {
          tags,
          summary: 'Managers: change lead rules (audited); takes effect at once',
          body: leadRulesPatchSchema,
          response: { 200: leadRulesSchema, ...errorResponses(400, 401, 403, 422) },
        },
      },
      async (req) => updateLeadRules(ctx, requireActor(req), req.body),
    );
  };
}
