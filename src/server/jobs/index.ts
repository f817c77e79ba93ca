import { authPruneJob } from '../modules/auth';
import { emailDeliveryJob } from '../modules/email';
import { runNextImport } from '../modules/imports';
import { claimExpiryJob } from '../modules/leads';
import type { JobDefinition } from './runner';

/** Every kind of background work the app runs (later: sequences, reminders). */
export const jobDefinitions: JobDefinition[] = [
  { name: 'imports', runNext: (ctx, { signal, log }) => runNextImport(ctx, { signal, log }) },
  claimExpiryJob,
  emailDeliveryJob(),
  authPruneJob(),
];
