import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callRulesPatchSchema, callRulesSchema } from '../../../shared/calls';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { getCallRules, updateCallRules } from './rules';

export function callRulesRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['calls'];
    app.get(
      '/api/call-rules',
      {
        schema: {
          tags,
          summary: 'When No Answer / Left Voicemail leads come back on the call list, and how many tries',
          response: { 200: callRulesSchema, ...errorResponses(401) },
        },
      },
      async (req) => {
        requireActor(req);
        return getCallRules(ctx);
      },
    );

    app.patch(
      '/api/call-rules',
      {
        schema: {
          tags,
          summary: 'Managers: change the retry cool-down and attempt limit (audited); takes effect at once',
          body: callRulesPatchSchema,
          response: { 200: callRulesSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (req) => updateCallRules(ctx, requireActor(req), req.body),
    );
  };
}
