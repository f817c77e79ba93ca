import type { JobDefinition } from '../../jobs/runner';
import { expireStaleClaims } from './expiry';

// Claims age in days; looking once a minute is plenty, and keeps the poll loop from querying every second.
const IDLE_MS = 60_000;
let nextLookAt = 0;

export const claimExpiryJob: JobDefinition = {
  name: 'claim-expiry',
  runNext: async (ctx) => {
    if (Date.now() < nextLookAt) return false;
    const { noticed, expired } = await expireStaleClaims(ctx);
    const worked = noticed + expired > 0;
    if (!worked) nextLookAt = Date.now() + IDLE_MS;
    return worked;
  },
};
