import type { Db } from '../db/types';
import type { Clock } from './clock';
import type { Config } from './config';
import type { ReportPool } from './modules/reports/report-pool';
import type { EventBus } from './plugins/realtime-bus';

/**
 * What every service needs; built once per app, passed explicitly (no DI container). `events` is the app's
 * realtime bus, set by buildApp; services publish to it after their transaction commits. `reportPool`: the
 * report workers of the built server on SQLite (decision 025).
 */
export type AppContext = {
  db: Db;
  clock: Clock;
  config: Config;
  events?: EventBus;
  reportPool?: ReportPool;
};

/** Who is acting and from where: services check permissions and audit with it. */
export type Actor = { id: string; name: string; role: 'rep' | 'manager' | 'admin'; ip: string | null };
