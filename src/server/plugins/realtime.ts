import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../context';
import { sessionStillValid } from '../modules/auth';
import type { EventBus } from './realtime-bus';

export type { ActivityMessage, EventBus, RealtimeEvent } from './realtime-bus';

export type EventStream = {
  /** Writes one server-sent event; false once the client has gone. */
  send: (event: string, data: unknown) => boolean;
  /** Runs when the stream ends; shutdown waits for what it returns. */
  onClose: (fn: () => unknown) => void;
};

/**
 * The context's event bus (in memory on SQLite, LISTEN/NOTIFY on PostgreSQL) and server-sent event streams that
 * end when the client leaves or the app shuts down (app.close() would otherwise wait on them for ever).
 */
export async function registerRealtime(app: FastifyInstance, ctx: AppContext) {
  // The bus is the context's (whoever built the context closes it, after the app).
  const bus: EventBus = ctx.events;
  const open = new Set<() => Promise<unknown>>();
  app.addHook('preClose', async () => {
    await Promise.all([...open].map((end) => end()));
  });

  /** Hijacks the reply into a text/event-stream; call after every check that may still answer 4xx. */
  function openEventStream(req: FastifyRequest, reply: FastifyReply): EventStream {
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      ...(reply.getHeaders() as Record<string, string>),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no', // nginx: pass events through as they come
    });
    raw.write(': connected\n\n');
    const closers: (() => unknown)[] = [];
    let ended: Promise<unknown> | undefined;
    const end = () => {
      ended ??= (() => {
        clearInterval(ping);
        open.delete(end);
        raw.end();
        return Promise.allSettled(closers.map((fn) => fn()));
      })();
      return ended;
    };
    // A comment every 15 s (config.streamCheckMs) keeps proxies from timing the stream out and notices a vanished client; each time
    // the session is checked again, so signing out, expiry or deactivation ends the stream too.
    const user = req.sessionUser;
    const ping = setInterval(() => {
      raw.write(': ping\n\n');
      if (!user) return;
      sessionStillValid(ctx, user).then(
        (ok) => {
          if (!ok) void end();
        },
        (err) => app.log.error({ err }, 'stream session check'),
      );
    }, ctx.config.streamCheckMs);
    open.add(end);
    req.raw.on('close', () => void end());
    return {
      send: (event, data) => {
        if (ended) return false;
        raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
        return true;
      },
      onClose: (fn) => {
        if (ended) void fn();
        else closers.push(fn);
      },
    };
  }

  return { bus, openEventStream };
}

export type Realtime = Awaited<ReturnType<typeof registerRealtime>>;
