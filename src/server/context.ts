import type { Db, Dialect } from '../db/types';
import type { Clock } from './clock';
import type { Config } from './config';
import type { EventBus } from './plugins/realtime-bus';

/**
 * What every service needs; built once per app, passed explicitly (no DI container). `events` is the app's
 * realtime bus, set by buildApp; services publish to it after their transaction commits.
 */
export type AppContext = { db: Db; dialect: Dialect; clock: Clock; config: Config; events?: EventBus };

/** Who is acting and from where: services check permissions and audit with it. */
export type Actor = { id: string; name: string; role: 'rep' | 'manager' | 'admin'; ip: string | null };
