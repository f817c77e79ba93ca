import type sgMail from '@sendgrid/mail';
import { type EmailProvider, ProviderError } from './types';

type MailService = typeof sgMail;

export const IDEMPOTENCY_HEADER = 'X-Lowboy-Idempotency-Key';

/**
 * SendGrid v3 Mail Send through @sendgrid/mail. Its own client instance (not the module singleton) so the base
 * URL can point at a loopback stand-in in tests. The idempotency key travels in custom_args (echoed by the
 * event webhook) and as a message header.
 */
export function sendgridProvider(
  apiKey: string,
  baseUrl: string,
  opts: { timeoutMs?: number } = {},
): EmailProvider {
  // Loaded at the first send, not at start-up (the client and its HTTP library take a while to load).
  let client: Promise<MailService> | undefined;
  const connect = async () => {
    const sgMail = (await import('@sendgrid/mail')).default;
    // The package exports the class at runtime but types only the singleton.
    const Service = (sgMail as unknown as { MailService: new () => MailService }).MailService;
    const mail = new Service();
    mail.setApiKey(apiKey); // sets the region's base URL, so ours comes after
    (
      mail as unknown as { client: { setDefaultRequest: (k: string, v: string) => void } }
    ).client.setDefaultRequest('baseUrl', baseUrl);
    mail.setTimeout(opts.timeoutMs ?? 15_000);
    return mail;
  };
  return {
    name: 'sendgrid',
    send: async (m) => {
      client ??= connect();
      const mail = await client;
      try {
        const [res] = await mail.send({
          from: { email: m.from.email, name: m.from.name },
          to: m.to,
          replyTo: m.replyTo ?? undefined,
          subject: m.subject,
          html: m.html,
          text: m.text,
          headers: { ...m.headers, 'Message-ID': m.messageId, [IDEMPOTENCY_HEADER]: m.idempotencyKey },
          customArgs: m.customArgs,
        });
        const id = res.headers['x-message-id'];
        return { providerMessageId: typeof id === 'string' ? id : null };
      } catch (err) {
        const status = (err as { code?: number; response?: { status?: number } }).response?.status;
        const code =
          typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : status;
        const retryable = code === undefined || code === 429 || code >= 500;
        throw new ProviderError(
          `SendGrid: ${code ?? 'no response'} ${(err as Error).message}`,
          retryable,
          code,
        );
      }
    },
  };
}
