import type { JobDefinition } from '../../jobs/runner';
import { pruneAuthTables } from './service';

// Expired sessions and old login failures only take space (sign-in checks their times anyway): once an hour.
const EVERY_MS = 3_600_000;

/**
 * Deletes expired sessions and login failures outside the rate-limit window, hourly; the first time a minute
 * after the runner starts (`firstAfterMs`), so a starting server answers before it prunes.
 */
export function authPruneJob({ firstAfterMs = 60_000 } = {}): JobDefinition {
  let nextAt: number | undefined;
  return {
    name: 'auth-prune',
    runNext: async (ctx) => {
      nextAt ??= Date.now() + firstAfterMs;
      if (Date.now() < nextAt) return false;
      nextAt = Date.now() + EVERY_MS;
      await pruneAuthTables(ctx);
      return false; // one pass prunes everything due: nothing waits for an immediate next run
    },
  };
}
