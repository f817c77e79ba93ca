import { EventEmitter } from 'node:events';
import type pg from 'pg';
import { notifiesAcrossProcesses } from '../../db/capabilities';
import { loadPg } from '../../db/create-db';
import type { Db } from '../../db/types';

/** One line of the team's live activity feed; `repId` is whose activity it is (reps hear only their own). */
export type ActivityMessage = {
  id: string;
  kind: string;
  at: string;
  repId: string | null;
  actor: { id: string; name: string } | null;
  contact: { id: string; name: string } | null;
  summary: string;
};

/** What instances tell each other. Small: listeners reload what they need from the database. */
export type RealtimeEvent =
  | { type: 'presence'; contactId: string }
  /** Someone opened or left a lead in the call flow (who is calling: GET /api/reports/live). */
  | { type: 'calling'; repId: string }
  | { type: 'activity'; activity: ActivityMessage };

export type EventBus = {
  publish: (event: RealtimeEvent) => void;
  subscribe: (listener: (event: RealtimeEvent) => void) => () => void;
  close: () => Promise<void>;
};

const CHANNEL = 'lowboy_events';

/** The app's bus: in memory on SQLite (one process), LISTEN/NOTIFY on PostgreSQL (several instances). */
export function createEventBus(db: Db, url: string, onError: (err: Error) => void): EventBus {
  return notifiesAcrossProcesses(db) ? createPostgresBus(url, onError) : createLocalBus();
}

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
 * this one included, hears events through the database, so they all see the same order. The listener
 * connects in the background and reconnects after a drop, so a database that is down at start-up or restarts
 * costs live updates for that while, never the app.
 */
export function createPostgresBus(url: string, onError: (err: Error) => void): EventBus {
  const local = createLocalBus();
  const sender = new (loadPg().Pool)({ connectionString: url, max: 2 });
  sender.on('error', onError);
  let listener: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const listen = async () => {
    const client = new (loadPg().Client)({ connectionString: url });
    client.on('error', onError);
    client.on('notification', (msg) => {
      if (msg.channel !== CHANNEL || !msg.payload) return;
      try {
        local.publish(JSON.parse(msg.payload) as RealtimeEvent);
      } catch (err) {
        onError(err as Error);
      }
    });
    client.on('end', () => {
      if (listener === client) listener = undefined;
      if (!closed) schedule();
    });
    try {
      await client.connect();
      await client.query(`listen ${CHANNEL}`);
      if (closed) await client.end();
      else listener = client;
    } catch (err) {
      onError(err as Error);
      await client.end().catch(() => undefined);
    }
  };
  const schedule = () => {
    clearTimeout(retry);
    retry = setTimeout(() => void listen(), 2000);
    retry.unref();
  };
  void listen();

  return {
    publish: (event) => {
      sender.query('select pg_notify($1, $2)', [CHANNEL, JSON.stringify(event)]).catch(onError);
    },
    subscribe: local.subscribe,
    close: async () => {
      closed = true;
      clearTimeout(retry);
      await local.close();
      await listener?.end().catch(() => undefined);
      await sender.end();
    },
  };
}
