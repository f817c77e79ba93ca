import { createHash, timingSafeEqual } from 'node:crypto';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { inboundParamsSchema, unsubscribeParamsSchema } from '../../../shared/email';
import type { AppContext } from '../../context';
import { AppError, forbidden } from '../../errors';
import { ingestSendgridEvents, type SendgridEvent } from './events';
import { receiveInbound } from './inbound';
import { escapeHtml } from './render';
import { unsubscribe, unsubscribeTarget } from './unsubscribe';
import { verifySendgridSignature } from './webhook-verify';

// Reached without a session: unsubscribe links (RFC 8058 one-click) and SendGrid's webhooks. Outside /api/,
// so the same-origin check and the session hook leave them alone; each proves itself (signed token, ECDSA
// signature, secret in the path).

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escapeHtml(title)}</title></head><body style="font-family:sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem">
<h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}

// Compared as digests, so neither the content nor the length of the secret shows in the timing.
const digest = (v: string) => createHash('sha256').update(v).digest();
const sameSecret = (a: string, b: string) => timingSafeEqual(digest(a), digest(b));

export function emailPublicRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const hide = { hide: true };
    await app.register(async (plain) => {
      const u = plain.withTypeProvider<ZodTypeProvider>();
      // RFC 8058 one-click posts `List-Unsubscribe=One-Click` form-encoded (or multipart); the body is not needed.
      u.addContentTypeParser(
        ['application/x-www-form-urlencoded', 'multipart/form-data'],
        (_r, payload, done) => {
          payload.resume();
          payload.on('end', () => done(null, null));
        },
      );
      u.get('/u/:token', { schema: { ...hide, params: unsubscribeParamsSchema } }, async (req, reply) => {
        const email = await unsubscribeTarget(ctx, req.params.token);
        reply.type('text/html; charset=utf-8');
        if (!email)
          return reply.code(404).send(page('Link not valid', '<p>This unsubscribe link is not valid.</p>'));
        return page(
          'Unsubscribe',
          `<p>Stop emails from Heavy Haulers Logistics to <strong>${escapeHtml(email)}</strong>?</p>
<form method="post"><button type="submit">Unsubscribe</button></form>`,
        );
      });
      // One-click (List-Unsubscribe-Post) and the page's button; the body (List-Unsubscribe=One-Click) is not needed.
      u.post('/u/:token', { schema: { ...hide, params: unsubscribeParamsSchema } }, async (req, reply) => {
        const email = await unsubscribe(ctx, req.params.token);
        reply.type('text/html; charset=utf-8');
        if (!email)
          return reply.code(404).send(page('Link not valid', '<p>This unsubscribe link is not valid.</p>'));
        return page('You are unsubscribed', `<p>${escapeHtml(email)} will get no more emails from us.</p>`);
      });
    });

    await app.register(async (hooks) => {
      // The signature covers the exact bytes: keep the JSON body raw in this scope only.
      hooks.addContentTypeParser(
        'application/json',
        { parseAs: 'buffer', bodyLimit: 5_000_000 },
        (_r, body, done) => done(null, body),
      );
      hooks.post('/webhooks/sendgrid/events', { schema: hide }, async (req, reply) => {
        const key = ctx.config.email.sendgridWebhookPublicKey;
        const raw = req.body as Buffer;
        const h = req.headers;
        const sig = h['x-twilio-email-event-webhook-signature'];
        const ts = h['x-twilio-email-event-webhook-timestamp'];
        if (
          !key ||
          !Buffer.isBuffer(raw) ||
          !verifySendgridSignature(
            key,
            raw,
            sig as string | undefined,
            ts as string | undefined,
            ctx.clock.now().getTime(),
          )
        )
          throw forbidden('The webhook signature is not valid.');
        let events: unknown;
        try {
          events = JSON.parse(raw.toString('utf8'));
        } catch {
          throw new AppError(400, 'invalid_json', 'The body is not JSON.');
        }
        if (!Array.isArray(events)) throw new AppError(400, 'invalid_events', 'Expected an array of events.');
        const fresh = await ingestSendgridEvents(ctx, events as SendgridEvent[]);
        return reply.code(200).send({ received: events.length, new: fresh });
      });
    });

    await app.register(async (inbound) => {
      await inbound.register(multipart, { limits: { fileSize: 10_000_000, files: 20, fields: 50 } });
      inbound.post(
        '/webhooks/sendgrid/inbound/:secret',
        { schema: { ...hide, params: inboundParamsSchema } },
        async (req, reply) => {
          const secret = ctx.config.email.sendgridInboundSecret;
          if (!secret || !sameSecret(secret, (req.params as { secret: string }).secret))
            throw forbidden('Unknown inbound address.');
          const fields: Record<string, string> = {};
          for await (const part of req.parts()) {
            if (part.type === 'file')
              await part.toBuffer(); // attachments: read past, not kept
            else fields[part.fieldname] = String(part.value);
          }
          const result = await receiveInbound(ctx, fields);
          return reply.code(200).send({ result });
        },
      );
    });
  };
}
