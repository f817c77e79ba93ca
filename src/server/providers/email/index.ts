import type { Config } from '../../config';
import { outboxProvider } from './outbox';
import { sendgridProvider } from './sendgrid';
import { smtpProvider } from './smtp';
import type { EmailProvider } from './types';

export type { EmailProvider, OutgoingEmail, SendResult } from './types';
export { ProviderError } from './types';

/** The provider the configuration names (config.ts has already checked its secret is there). */
export function emailProviderFor(config: Config, opts: { timeoutMs?: number } = {}): EmailProvider {
  const e = config.email;
  if (e.provider === 'sendgrid') return sendgridProvider(e.sendgridApiKey ?? '', e.sendgridBaseUrl, opts);
  if (e.provider === 'smtp') return smtpProvider(e.smtpUrl ?? '', opts);
  return outboxProvider();
}
