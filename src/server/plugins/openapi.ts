import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '../../shared/error-codes';
import { publicRoute } from './auth';

/** The documented error responses of a route, all in the one error shape. */
export function errorResponses<S extends number>(...statuses: S[]): Record<S, typeof apiErrorSchema> {
  return Object.fromEntries(statuses.map((s) => [s, apiErrorSchema])) as Record<S, typeof apiErrorSchema>;
}

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Lowboy API',
        version: '0.1.0',
        description:
          'Call-first CRM. Authenticate with POST /api/auth/login; the session cookie authenticates later calls. ' +
          'Errors are { error: { code, message, details? } }.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'lowboy_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  // The docs are public: their routes (the UI's are @fastify/swagger-ui's) answer without a session.
  await app.register(async (docs) => {
    docs.addHook('onRoute', (route) => {
      route.config = { ...route.config, ...publicRoute };
    });
    await docs.register(swaggerUi, { routePrefix: '/api/docs' });
  });
  app.get('/api/openapi.json', { config: publicRoute, schema: { hide: true } }, async () => app.swagger());
}
