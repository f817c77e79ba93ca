import { EventEmitter } from 'node:events';
import pg from 'pg';

/** What instances tell each other. Small: listeners reload what they need from the database. */
export type RealtimeEvent = { type: 'presence'; contactId: string };

export type EventBus = {
  publish: (event: RealtimeEvent) => void;
  subscribe: (listener: (event: RealtimeEvent) => void) => () => void;
  close: () => Promise<void>;
};

const CHANNEL = 'lowboy_events';

/** One process (SQLite): an in-memory emitter. */
export function createLocalBus(): EventBus {
  const emitter = new EventEmitter().setMaxListeners(0);
  return {
    publish: (event) => emitter.emit('event', event),
    subscribe: (listener) => {
      emitter.on('event', listener);
      return () => emitter.off('event', listener);
    },
    close: async () => void emitter.removeAllListeners(),
  };
}

/**
 * Several instances (PostgreSQL): NOTIFY on publish, one LISTEN connection per instance; every instance,
 * this one included, hears events through the database, so they all see the same order.
 */
export async function createPostgresBus(url: string, onError: (err: Error) => void): Promise<EventBus> {
  const local = createLocalBus();
  const listener = new pg.Client({ connectionString: url });
  const sender = new pg.Pool({ connectionString: url, max: 2 });
  listener.on('error', onError);
  sender.on('error', onError);
  await listener.connect();
  listener.on('notification', (msg) => {
    if (msg.channel !== CHANNEL || !msg.payload) return;
    try {
      local.publish(JSON.parse(msg.payload) as RealtimeEvent);
    } catch (err) {
      onError(err as Error);
    }
  });
  await listener.query(`listen ${CHANNEL}`);
  return {
    publish: (event) => {
      sender.query('select pg_notify($1, $2)', [CHANNEL, JSON.stringify(event)]).catch(onError);
    },
    subscribe: local.subscribe,
    close: async () => {
      await local.close();
      await listener.end();
      await sender.end();
    },
  };
}
