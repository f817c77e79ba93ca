import type { z } from 'zod';
import type { emailStatsSchema } from '../../../shared/email';
import type { Actor, AppContext } from '../../context';
import { seesEverything } from '../access';
import { emailCountsByTemplate, type StatsFilter } from './stats-repo';

const rate = (n: number, d: number) => (d === 0 ? null : n / d);

/** Sent, delivered, open/click/reply/bounce rates (over sent) per rep, template and period; reps see their own. */
export async function emailStats(
  ctx: AppContext,
  actor: Actor,
  f: StatsFilter,
): Promise<z.infer<typeof emailStatsSchema>> {
  const rows = await emailCountsByTemplate(ctx.db, seesEverything(actor) ? f : { ...f, repId: actor.id });
  const t = { sent: 0, delivered: 0, opened: 0, clicked: 0, replied: 0, bounced: 0 };
  for (const r of rows) for (const k of Object.keys(t) as (keyof typeof t)[]) t[k] += Number(r[k]);
  return {
    sent: t.sent,
    delivered: t.delivered,
    openRate: rate(t.opened, t.sent),
    clickRate: rate(t.clicked, t.sent),
    replyRate: rate(t.replied, t.sent),
    bounceRate: rate(t.bounced, t.sent),
    byTemplate: rows
      .map((r) => ({
        templateId: r.template_id,
        name: r.name ?? 'No template',
        sent: Number(r.sent),
        replies: Number(r.replied),
      }))
      .sort((a, b) => b.sent - a.sent),
  };
}
