import type { z } from 'zod';
import type { campaignInputSchema, EmailCampaign } from '../../../shared/email';
import { isoNow } from '../../clock';
import type { Actor, AppContext } from '../../context';
import { forbidden, notFound } from '../../errors';
import { newId } from '../../ids';
import { contactVisibility, seesEverything } from '../access';
import { bulkSelectionOf, type ContactWithNames, findContactsByIds, resolveFilter } from '../contacts';
import { insertTimelineEvents } from '../timeline';
import * as repo from './campaigns-repo';
import { composeMessage } from './compose';
import {
  cancelQueuedOfCampaign,
  countByStatusOfCampaign,
  insertMessages,
  type MessageRow,
} from './messages-repo';
import { loadSender } from './send';
import { blockedBecause, suppressedSet } from './suppressions';
import { loadUsableTemplate } from './templates';
import { activityOf } from './variables';

type CampaignInput = z.infer<typeof campaignInputSchema>;
type Skip = EmailCampaign['skipped'][number];
const MAX_RECIPIENTS = 50_000;
// Recipients rendered and inserted a transaction at a time (the outbox rows in one multi-row INSERT).
const BATCH = 1000;

async function candidates(ctx: AppContext, actor: Actor, input: CampaignInput): Promise<ContactWithNames[]> {
  const selection = bulkSelectionOf({ ...input, ids: input.contactIds }, 'recipients');
  if (selection.ids) {
    const ids = [...new Set(selection.ids)];
    const rows: ContactWithNames[] = [];
    for (let i = 0; i < ids.length; i += 500)
      rows.push(...(await findContactsByIds(ctx.db, ids.slice(i, i + 500))));
    const visible = await contactVisibility(ctx.db, actor);
    return rows.filter((c) => visible(c) && !c.deleted_at);
  }
  const rows = await repo.selectFilteredContacts(
    ctx.db,
    actor,
    await resolveFilter(ctx, actor, selection.filter),
    MAX_RECIPIENTS,
  );
  // A manager's filter may be the recycle bin (deleted: 'only'); deleted contacts are never emailed.
  return rows.filter((c) => !c.deleted_at);
}

/** Who gets it and who is skipped and why: reps only reach their own leads; suppressed and no-email are out. */
async function plan(ctx: AppContext, actor: Actor, input: CampaignInput) {
  const all = await candidates(ctx, actor, input);
  const suppressed = await suppressedSet(
    ctx.db,
    all.flatMap((c) => (c.email ? [c.email] : [])),
  );
  const recipients: ContactWithNames[] = [];
  const skipped: Skip[] = [];
  const seen = new Set<string>();
  for (const c of all) {
    const skip = (reason: string) => skipped.push({ contactId: c.id, name: c.full_name, reason });
    const email = c.email?.toLowerCase();
    if (!seesEverything(actor) && c.owner_id !== actor.id) skip('Not your lead');
    else if (!email) skip('No email address');
    else if (suppressed.has(email)) skip(blockedBecause(c.email!, suppressed.get(email)!));
    else if (seen.has(email)) skip('Same address as another recipient');
    else {
      seen.add(email);
      recipients.push(c);
    }
  }
  return { recipients, skipped };
}

export async function createCampaign(
  ctx: AppContext,
  actor: Actor,
  input: CampaignInput,
): Promise<EmailCampaign> {
  const template = await loadUsableTemplate(ctx, actor, input.templateId);
  const { recipients, skipped } = await plan(ctx, actor, input);
  const perMinute = ctx.config.email.bulkPerMinute;
  const at = isoNow(ctx.clock);
  const base = {
    templateId: template.id,
    templateName: template.name,
    total: recipients.length,
    skipped,
    perMinute,
    createdBy: { id: actor.id, name: actor.name },
    createdAt: at,
    finishedAt: null,
    sent: 0,
    failed: 0,
  };
  if (input.dryRun) return { ...base, id: '', status: 'queued', queued: recipients.length };
  const id = newId();
  await repo.insertCampaign(ctx.db, {
    id,
    template_id: template.id,
    created_by: actor.id,
    status: recipients.length ? 'queued' : 'done',
    total: recipients.length,
    per_minute: perMinute,
    skipped: JSON.stringify(skipped),
    created_at: at,
    finished_at: recipients.length ? null : at,
  });
  const sender = await loadSender(ctx, actor);
  const start = ctx.clock.now().getTime();
  // Paced: the i-th recipient is due i / perMinute minutes from now; the delivery job honours next_attempt_at.
  // While one batch is written, the next is rendered (on PostgreSQL the database works on the other core).
  let writing: Promise<unknown> = Promise.resolve(null);
  for (let i = 0; i < recipients.length; i += BATCH) {
    const batch = recipients.slice(i, i + BATCH);
    const rows: MessageRow[] = [];
    const activity = await activityOf(
      ctx.db,
      batch.map((c) => c.id),
    );
    for (const [j, contact] of batch.entries()) {
      const nextAttemptAt = new Date(start + Math.floor((i + j) / perMinute) * 60_000).toISOString();
      rows.push(
        (
          await composeMessage(ctx, {
            contact,
            sender,
            template,
            campaignId: id,
            bulk: true,
            at,
            nextAttemptAt,
            activity: activity(contact.id),
          })
        ).row,
      );
    }
    const failed = await writing;
    if (failed) throw failed;
    // Caught here and rethrown above, so a failed write is never an unhandled rejection while rendering.
    writing = writeBatch(ctx, actor, id, at, batch, rows).then(
      () => null,
      (err: unknown) => err,
    );
  }
  const failed = await writing;
  if (failed) throw failed;
  return getCampaign(ctx, actor, id);
}

/** A batch's outbox rows and their `email.queued` timeline events, in one transaction. */
async function writeBatch(
  ctx: AppContext,
  actor: Actor,
  campaignId: string,
  at: string,
  batch: ContactWithNames[],
  rows: MessageRow[],
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await insertMessages(trx, rows);
    await insertTimelineEvents(
      trx,
      rows.map((r, j) => ({
        kind: 'email.queued',
        contactId: r.contact_id,
        companyId: batch[j]!.company_id,
        actorId: actor.id,
        data: { messageId: r.id, subject: r.subject, templateId: r.template_id, campaignId, to: r.to_email },
        at,
      })),
    );
  });
}

export async function getCampaign(ctx: AppContext, actor: Actor, id: string): Promise<EmailCampaign> {
  const c = await repo.findCampaign(ctx.db, id);
  if (!c || (!seesEverything(actor) && c.created_by !== actor.id)) throw notFound('Campaign');
  const n = await countByStatusOfCampaign(ctx.db, id);
  const sum = (...s: string[]) => s.reduce((a, k) => a + (n.get(k) ?? 0), 0);
  return {
    id: c.id,
    templateId: c.template_id,
    templateName: c.template_name ?? '',
    status: c.status,
    total: c.total,
    queued: sum('queued', 'sending'),
    sent: sum('sent', 'delivered', 'opened', 'clicked', 'replied'),
    failed: sum('failed', 'bounced', 'dropped', 'spam'),
    skipped: JSON.parse(c.skipped) as Skip[],
    perMinute: c.per_minute,
    createdBy: { id: c.created_by, name: c.creator_name ?? '' },
    createdAt: c.created_at,
    finishedAt: c.finished_at,
  };
}

/** Stops what hasn't been handed to a runner; messages already sending finish. */
export async function cancelCampaign(ctx: AppContext, actor: Actor, id: string): Promise<EmailCampaign> {
  const c = await getCampaign(ctx, actor, id);
  if (!seesEverything(actor) && c.createdBy.id !== actor.id) throw forbidden();
  const at = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    if (await repo.setCampaignStatus(trx, id, 'cancelled', ['queued', 'sending'], at))
      await cancelQueuedOfCampaign(trx, id, at);
  });
  return getCampaign(ctx, actor, id);
}
