import { isoNow } from '../../clock';
import type { AppContext } from '../../context';
import type { JobDefinition } from '../../jobs/runner';
import { type EmailProvider, emailProviderFor, ProviderError } from '../../providers/email';
import { insertTimelineEvents } from '../timeline';
import { finishCampaignIfDone, setCampaignStatus } from './campaigns-repo';
import * as repo from './messages-repo';
import { suppressedSet } from './suppressions';

// The outbox's delivery (decision 011): claim due messages, send each with its idempotency key, confirm.
// A runner that dies between sending and confirming leaves the claim to expire; the next runner sends the
// same message again with the same key, and a provider that dedups on it delivers it once.

export const MAX_ATTEMPTS = 5;
/** How long a claim holds: longer than a send can take (the provider timeout is 15 s). */
export const CLAIM_MS = 120_000;
const BATCH = 20;

/** 30 s, 1 min, 2 min, 4 min… capped at an hour. */
export function backoffMs(attempt: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempt - 1), 3_600_000);
}

type Log = { error: (obj: object, msg: string) => void };

async function fail(ctx: AppContext, m: repo.MessageRow, error: string, now: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const ok = await repo.finishAttempt(trx, m.id, m.claimed_until!, {
      status: 'failed',
      last_error: error,
      next_attempt_at: null,
      updated_at: now,
    });
    if (ok && m.contact_id && m.is_test === 0)
      await insertTimelineEvents(trx, [
        {
          kind: 'email.failed',
          contactId: m.contact_id,
          actorId: null,
          data: { messageId: m.id, subject: m.subject, error, attempts: m.attempts },
          at: now,
        },
      ]);
  });
}

async function deliverOne(ctx: AppContext, provider: EmailProvider, m: repo.MessageRow): Promise<void> {
  if (m.attempts > MAX_ATTEMPTS) {
    await fail(ctx, m, `Gave up after ${MAX_ATTEMPTS} attempts that never confirmed.`, isoNow(ctx.clock));
    return;
  }
  try {
    const res = await provider.send({
      idempotencyKey: m.idempotency_key,
      messageId: m.message_id_header,
      from: { email: m.from_email, name: m.from_name },
      to: m.to_email,
      replyTo: m.reply_to,
      subject: m.subject,
      html: m.html,
      text: m.text,
      headers: JSON.parse(m.headers) as Record<string, string>,
      customArgs: { lowboy_message_id: m.id, lowboy_key: m.idempotency_key },
    });
    const now = isoNow(ctx.clock);
    await repo.finishAttempt(ctx.db, m.id, m.claimed_until!, {
      status: 'sent',
      sent_at: now,
      provider_message_id: res.providerMessageId,
      last_error: null,
      next_attempt_at: null,
      updated_at: now,
    });
  } catch (err) {
    // Anything but a provider's answer is a crash of ours: leave the claim to expire and be retried.
    if (!(err instanceof ProviderError)) throw err;
    const now = ctx.clock.now();
    if (!err.retryable || m.attempts >= MAX_ATTEMPTS) {
      await fail(ctx, m, err.message, now.toISOString());
      return;
    }
    await repo.finishAttempt(ctx.db, m.id, m.claimed_until!, {
      status: 'queued',
      last_error: err.message,
      next_attempt_at: new Date(now.getTime() + backoffMs(m.attempts)).toISOString(),
      updated_at: now.toISOString(),
    });
  }
}

/** Claims and delivers one batch of due messages; how many were claimed. */
export async function deliverDueEmails(
  ctx: AppContext,
  provider: EmailProvider,
  opts: { signal?: AbortSignal; limit?: number } = {},
): Promise<number> {
  const now = ctx.clock.now();
  const claimed = await repo.claimDueMessages(ctx.db, {
    now: now.toISOString(),
    until: new Date(now.getTime() + CLAIM_MS).toISOString(),
    limit: opts.limit ?? BATCH,
  });
  if (claimed.length === 0) return 0;
  const suppressed = await suppressedSet(
    ctx.db,
    claimed.filter((m) => m.is_test === 0).map((m) => m.to_email),
  );
  const campaigns = new Set<string>();
  for (const m of claimed) {
    if (m.campaign_id) campaigns.add(m.campaign_id);
    if (opts.signal?.aborted) {
      // Stopping: hand the rest back untouched (the attempt didn't happen).
      await repo.finishAttempt(ctx.db, m.id, m.claimed_until!, {
        status: 'queued',
        attempts: m.attempts - 1,
      });
      continue;
    }
    if (m.is_test === 0 && suppressed.has(m.to_email.toLowerCase())) {
      await repo.finishAttempt(ctx.db, m.id, m.claimed_until!, {
        status: 'cancelled',
        last_error: 'The address was put on the suppression list before it was sent.',
        next_attempt_at: null,
      });
      continue;
    }
    await deliverOne(ctx, provider, m);
  }
  const at = isoNow(ctx.clock);
  for (const id of campaigns) {
    await setCampaignStatus(ctx.db, id, 'sending', ['queued'], null);
    await finishCampaignIfDone(ctx.db, id, at);
  }
  return claimed.length;
}

/** The job runner's entry; tests pass their own provider (a crashing wrapper around the stand-in). */
export function emailDeliveryJob(opts: { provider?: EmailProvider; log?: Log } = {}): JobDefinition {
  let provider = opts.provider;
  return {
    name: 'email-delivery',
    runNext: async (ctx, { signal }) => {
      provider ??= emailProviderFor(ctx.config);
      return (await deliverDueEmails(ctx, provider, { signal })) > 0;
    },
  };
}
