// One interface for every way an email leaves (decision 011): the job runner calls `send` once per attempt.

export type OutgoingEmail = {
  /** The outbox row's key: the same on every attempt, so a provider that dedups sends it once. */
  idempotencyKey: string;
  messageId: string;
  from: { email: string; name: string };
  to: string;
  replyTo: string | null;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  /** Echoed back by SendGrid's event webhook (custom_args). */
  customArgs: Record<string, string>;
};

export type SendResult = { providerMessageId: string | null };

/** A failed attempt; `retryable` for 429, 5xx and network errors (the message waits and is tried again). */
export class ProviderError extends Error {
  constructor(
    message: string,
    public readonly retryable: boolean,
    public readonly status?: number,
  ) {
    super(message);
    this.name = 'ProviderError';
  }
}

export type EmailProviderName = 'outbox' | 'smtp' | 'sendgrid';

export interface EmailProvider {
  readonly name: EmailProviderName;
  send(mail: OutgoingEmail): Promise<SendResult>;
}
