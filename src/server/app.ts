import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppContext } from './context';
import { authRoutes, registerSessionAuth } from './modules/auth';
import { callMetricsRoutes, callRoutes, callRulesRoutes } from './modules/calls';
import { companyRoutes, contactCollectionRoutes, contactRoutes, searchRoutes } from './modules/contacts';
import { dealRoutes } from './modules/deals';
import { registerEmailRoutes } from './modules/email';
import { healthRoutes } from './modules/health';
import { importRoutes } from './modules/imports';
import { conflictRoutes, leadRoutes, leadRulesRoutes } from './modules/leads';
import { presenceRoutes } from './modules/presence';
import { reportRoutes } from './modules/reports';
import { taskRoutes } from './modules/tasks';
import { territoryRoutes } from './modules/territories';
import { userRoutes } from './modules/users';
import { clientErrorHandler, frameworkErrorHandler, registerErrorHandling } from './plugins/errors';
import { registerNulGuard } from './plugins/nul-guard';
import { registerOpenApi } from './plugins/openapi';
import { registerRealtime } from './plugins/realtime';
import { registerRequestScope } from './plugins/request-scope';
import { registerSameOriginCheck } from './plugins/same-origin';
import { registerSecurityHeaders } from './plugins/security-headers';
import { registerTestClock } from './plugins/test-clock';
import { registerWebApp } from './plugins/web';

export type BuildOptions = { logger?: boolean | object };

/** Builds the whole app on a whole context (bus and report workers made first), without listening: tests drive it through `app.inject`. */
export async function buildApp(ctx: AppContext, opts: BuildOptions = {}): Promise<FastifyInstance> {
  const { config } = ctx;
  const app = Fastify({
    logger: opts.logger ?? {
      level: config.logLevel,
      redact: ['req.headers.cookie', 'req.headers.authorization'],
      // Some URLs carry a secret (the Inbound Parse path, unsubscribe tokens): never write them to the log.
      serializers: {
        req: (req: { method: string; url: string }) => ({ method: req.method, url: redactUrl(req.url) }),
      },
    },
    trustProxy: config.trustProxy,
    requestIdHeader: false,
    bodyLimit: 1_048_576,
    // Errors before a route or a request exists, in the one error shape too (plugins/errors.ts).
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  registerRequestScope(app);
  registerNulGuard(app);

  registerSecurityHeaders(app, { https: config.secureCookies });
  await app.register(cookie);
  registerSameOriginCheck(app, config.publicUrl);
  registerSessionAuth(app, ctx);
  await registerOpenApi(app);
  const realtime = await registerRealtime(app, ctx);

  await app.register(healthRoutes(ctx));
  await app.register(authRoutes(ctx));
  await app.register(userRoutes(ctx));
  await app.register(contactCollectionRoutes(ctx));
  await app.register(contactRoutes(ctx));
  await app.register(companyRoutes(ctx));
  await app.register(searchRoutes(ctx));
  await app.register(territoryRoutes(ctx));
  await app.register(leadRoutes(ctx));
  await app.register(leadRulesRoutes(ctx));
  await app.register(conflictRoutes(ctx));
  await app.register(importRoutes(ctx));
  await app.register(presenceRoutes(ctx, realtime));
  await app.register(callRoutes(ctx));
  await app.register(callMetricsRoutes(ctx));
  await app.register(callRulesRoutes(ctx));
  await app.register(taskRoutes(ctx));
  await registerEmailRoutes(app, ctx);
  await app.register(dealRoutes(ctx));
  await app.register(reportRoutes(ctx, realtime));
  registerTestClock(app, ctx);

  await registerWebApp(app, config.webRoot);
  return app;
}

/** The request URL as logged: path secrets replaced. */
export function redactUrl(url: string): string {
  return url
    .replace(/^\/webhooks\/sendgrid\/inbound\/[^/?#]+/, '/webhooks/sendgrid/inbound/[redacted]')
    .replace(/^\/u\/[^/?#]+/, '/u/[redacted]');
}
