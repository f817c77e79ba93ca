import type { z } from 'zod';
import type { Db } from '../db/types';
import type { ReportName, reportQuerySchema } from '../shared/deals';
import { type Clock, systemClock } from './clock';
import type { Config } from './config';
import { createLocalBus, type EventBus } from './plugins/realtime-bus';

/**
 * Runs a named report off the server's thread (the reports module implements it with worker threads, decision
 * 025). Declared here, not in the reports module, so the context depends on no module.
 */
export type ReportRunner = {
  run: (
    name: ReportName,
    actor: Actor,
    query: z.input<typeof reportQuerySchema>,
    now: Date,
  ) => Promise<unknown>;
  close: () => Promise<void>;
};

/**
 * What every service needs; built whole before the app (no DI container), passed explicitly. `events` is the
 * realtime bus: services publish to it after their transaction commits. `reportPool`: the report workers of
 * the built server on SQLite (decision 025), or null where reports run in the calling thread.
 */
export type AppContext = {
  db: Db;
  clock: Clock;
  config: Config;
  events: EventBus;
  reportPool: ReportRunner | null;
};

/** Who is acting and from where: services check permissions and audit with it. */
export type Actor = { id: string; name: string; role: 'rep' | 'manager' | 'admin'; ip: string | null };

/**
 * The context of a process that serves no one live (CLI commands, scripts, benchmarks): events reach no stream,
 * reports run in this thread.
 */
export function inProcessContext(db: Db, config: Config): AppContext {
  return { db, clock: systemClock, config, events: createLocalBus(), reportPool: null };
}
