import type { z } from 'zod';
import type { Db, SuppressionsTable } from '../../../db/types';
import type { suppressionSchema } from '../../../shared/email';
import { isoNow } from '../../clock';
import type { Actor, AppContext } from '../../context';
import { forbidden, notFound } from '../../errors';
import { seesEverything } from '../access';
import { insertAudit } from '../audit';
import * as repo from './suppressions-repo';

export const normalEmail = (e: string) => e.trim().toLowerCase();

export async function suppressedSet(db: Db, emails: string[]): Promise<Map<string, SuppressionsTable>> {
  const rows = await repo.findSuppressions(db, [...new Set(emails.map(normalEmail))]);
  return new Map(rows.map((r) => [r.email, r]));
}

export const suppressionMessages: Record<SuppressionsTable['reason'], string> = {
  unsubscribed: 'unsubscribed',
  bounced: 'hard-bounced',
  spam_report: 'reported a previous email as spam',
  manual: 'is on the do-not-email list',
};

export function blockedBecause(email: string, s: SuppressionsTable): string {
  return s.reason === 'manual'
    ? `${email} is on the do-not-email list.`
    : `${email} ${suppressionMessages[s.reason]} and is on the do-not-email list.`;
}

function requireManager(actor: Actor): void {
  if (!seesEverything(actor)) throw forbidden('Only managers view and edit the suppression list.');
}

export function presentSuppression(r: SuppressionsTable): z.infer<typeof suppressionSchema> {
  return { email: r.email, reason: r.reason, note: r.note, createdAt: r.created_at, createdBy: r.created_by };
}

export async function listSuppressions(ctx: AppContext, actor: Actor) {
  requireManager(actor);
  return (await repo.listSuppressions(ctx.db)).map(presentSuppression);
}

export async function addSuppression(
  ctx: AppContext,
  actor: Actor,
  input: { email: string; note?: string | null },
) {
  requireManager(actor);
  const email = normalEmail(input.email);
  const at = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const added = await repo.insertSuppression(trx, {
      email,
      reason: 'manual',
      note: input.note ?? null,
      created_by: actor.id,
      created_at: at,
    });
    if (added)
      await insertAudit(trx, {
        actorId: actor.id,
        action: 'suppression.added',
        objectType: 'suppression',
        objectId: email,
        ip: actor.ip,
        at,
      });
  });
  const [row] = await repo.findSuppressions(ctx.db, [email]);
  return presentSuppression(row!);
}

export async function removeSuppression(ctx: AppContext, actor: Actor, emailIn: string): Promise<void> {
  requireManager(actor);
  const email = normalEmail(emailIn);
  const at = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.deleteSuppression(trx, email))) throw notFound('Suppressed address');
    await insertAudit(trx, {
      actorId: actor.id,
      action: 'suppression.removed',
      objectType: 'suppression',
      objectId: email,
      ip: actor.ip,
      at,
    });
  });
}
