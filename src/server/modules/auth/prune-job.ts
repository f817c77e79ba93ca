import type { JobDefinition } from '../../jobs/runner';
import { pruneAuthTables } from './service';

// Expired sessions and old login failures only take space (sign-in checks their times anyway): once an hour.
const EVERY_MS = 3_600_000;

/** Deletes expired sessions and login failures outside the rate-limit window, hourly, from the first poll on. */
export function authPruneJob(): JobDefinition {
  let nextAt = 0;
  return {
    name: 'auth-prune',
    runNext: async (ctx) => {
      if (Date.now() < nextAt) return false;
      nextAt = Date.now() + EVERY_MS;
      await pruneAuthTables(ctx);
      return false; // one pass prunes everything due: nothing waits for an immediate next run
    },
  };
}
