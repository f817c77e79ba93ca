import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../shared/common';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import type { Realtime } from '../../plugins/realtime';
import { enterContact, leaveContact, PRESENCE_RENEW_MS, stayOnContact, viewersOf } from './service';

/** Presence: the open stream itself says "I have this lead open"; every viewer hears who else does. */
export function presenceRoutes(ctx: AppContext, { bus, openEventStream }: Realtime): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/contacts/:id/presence',
      {
        schema: {
          tags: ['contacts'],
          summary:
            'Server-sent events: while this stream is open you are on the lead; `viewers` events list everyone ' +
            'who has it open (you included), sent at once and on every change',
          params: idParamsSchema,
          response: errorResponses(401, 404),
        },
      },
      async (req, reply) => {
        const actor = requireActor(req);
        const contactId = req.params.id;
        const presenceId = await enterContact(ctx, bus, actor, contactId);
        const stream = openEventStream(req, reply);
        const push = () =>
          viewersOf(ctx, contactId)
            .then((viewers) => stream.send('viewers', { contactId, viewers }))
            .catch((err) => req.log.error({ err }, 'presence'));
        const unsubscribe = bus.subscribe((e) => {
          if (e.type === 'presence' && e.contactId === contactId) void push();
        });
        const renew = setInterval(
          () => stayOnContact(ctx, presenceId).catch((err) => req.log.error({ err }, 'presence')),
          PRESENCE_RENEW_MS,
        );
        stream.onClose(() => {
          unsubscribe();
          clearInterval(renew);
          return leaveContact(ctx, bus, presenceId, contactId).catch((err) =>
            req.log.error({ err }, 'presence'),
          );
        });
        await push();
      },
    );
  };
}
