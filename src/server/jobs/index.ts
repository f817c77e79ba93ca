import { authPruneJob } from '../modules/auth/prune-job';
import { emailDeliveryJob } from '../modules/email/delivery';
import { runNextImport } from '../modules/imports/run-import';
import { claimExpiryJob } from '../modules/leads/expiry-job';
import type { JobDefinition } from './runner';

/** Every kind of background work the app runs (later: sequences, reminders). */
export const jobDefinitions: JobDefinition[] = [
  { name: 'imports', runNext: (ctx, { signal, log }) => runNextImport(ctx, { signal, log }) },
  claimExpiryJob,
  emailDeliveryJob(),
  authPruneJob(),
];
