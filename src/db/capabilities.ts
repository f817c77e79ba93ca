import { dialectOf } from './dialect';
import type { Db } from './types';

// What the database offers, for code above the repos (services, plugins, the server's start): they ask for a
// capability, never for the database's name, so a difference stays described once, in db/dialect.ts.

/** 'sqlite' or 'postgres', to show (`/healthz`, the start-up banner), not to branch on. */
export const databaseName = (db: Db) => dialectOf(db).name;

/** One connection for everything (SQLite): long reads (reports) belong on worker threads with their own. */
export const hasOneConnection = (db: Db) => dialectOf(db).oneConnection;

/** Big imports may drop list indexes and build them afterwards (SQLite; decision 027). */
export const bulkLoadsDeferIndexes = (db: Db) => dialectOf(db).bulkLoadsDeferIndexes;

/** Servers sharing the database can notify each other (PostgreSQL LISTEN/NOTIFY). */
export const notifiesAcrossProcesses = (db: Db) => dialectOf(db).notifiesAcrossProcesses;
