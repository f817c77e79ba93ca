import type { EmailProvider } from './types';

/** The default: the message stays in the outbox table (GET /api/outbox); nothing leaves the machine. */
export function outboxProvider(): EmailProvider {
  return { name: 'outbox', send: async () => ({ providerMessageId: null }) };
}
