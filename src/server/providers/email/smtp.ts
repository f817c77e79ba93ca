import type { Transporter } from 'nodemailer';
import { type EmailProvider, ProviderError } from './types';

/** SMTP through nodemailer (SMTP_URL). 4xx replies and connection errors are retried; 5xx are final. */
export function smtpProvider(url: string, opts: { timeoutMs?: number } = {}): EmailProvider {
  const timeout = opts.timeoutMs ?? 15_000;
  const u = new URL(url);
  // nodemailer is loaded at the first send, not at start-up.
  let transporter: Promise<Transporter> | undefined;
  const connect = async () => {
    const nodemailer = (await import('nodemailer')).default;
    return nodemailer.createTransport({
      host: u.hostname,
      port: Number(u.port) || (u.protocol === 'smtps:' ? 465 : 587),
      secure: u.protocol === 'smtps:',
      auth: u.username
        ? { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) }
        : undefined,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    });
  };
  return {
    name: 'smtp',
    send: async (mail) => {
      transporter ??= connect();
      const transport = await transporter;
      try {
        const info = await transport.sendMail({
          messageId: mail.messageId,
          from: { name: mail.from.name, address: mail.from.email },
          to: mail.to,
          replyTo: mail.replyTo ?? undefined,
          subject: mail.subject,
          html: mail.html,
          text: mail.text,
          headers: { ...mail.headers, 'X-Idempotency-Key': mail.idempotencyKey },
        });
        return { providerMessageId: info.messageId ?? null };
      } catch (err) {
        const code = (err as { responseCode?: number }).responseCode;
        const retryable = code === undefined || (code >= 400 && code < 500);
        throw new ProviderError(`SMTP: ${(err as Error).message}`, retryable, code);
      }
    },
  };
}
