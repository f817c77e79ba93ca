import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { notFound } from '../errors';

/** Serves the built React app; any other non-API GET gets index.html so client routes survive a reload. */
export async function registerWebApp(app: FastifyInstance, webRoot: string | undefined): Promise<void> {
  if (!webRoot || !existsSync(join(webRoot, 'index.html'))) {
    app.log.warn({ webRoot }, 'web app not built: run `npm run build` to serve the UI');
    return;
  }
  await app.register(fastifyStatic, {
    root: webRoot,
    wildcard: false,
    setHeaders: (reply, path) => {
      // Vite fingerprints everything under assets/, so it can be cached for good.
      reply.header(
        'cache-control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app.get('/*', { schema: { hide: true } }, async (req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    if (path.startsWith('/api/') || path.startsWith('/webhooks/') || /\.[a-z0-9]+$/i.test(path)) {
      throw notFound(`${path}`);
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
