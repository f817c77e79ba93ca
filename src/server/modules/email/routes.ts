import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { emailAdminRoutes } from './admin-routes';
import { campaignRoutes } from './campaigns-routes';
import { messageRoutes } from './messages-routes';
import { emailPublicRoutes } from './public-routes';
import { templateRoutes } from './templates-routes';

/** Every email route: templates, sends and the outbox, campaigns, suppressions/settings/stats, public ones. */
export async function registerEmailRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await app.register(templateRoutes(ctx));
  await app.register(messageRoutes(ctx));
  await app.register(campaignRoutes(ctx));
  await app.register(emailAdminRoutes(ctx));
  await app.register(emailPublicRoutes(ctx));
}
