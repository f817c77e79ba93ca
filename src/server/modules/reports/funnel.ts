import type { z } from 'zod';
import type { funnelSchema } from '../../../shared/deals';
import type { Actor, AppContext } from '../../context';
import { leadsClaimed, leadsConnected, leadsContacted, leadsWithDeal, leadsWithOutcome } from './funnel-repo';
import { type ReportQuery, ratio, resolveReport } from './scope';

type Funnel = z.infer<typeof funnelSchema>;
const labels = {
  claimed: 'Claimed',
  contacted: 'Contacted',
  connected: 'Connected',
  interested: 'Interested',
  deal: 'Deal',
  won: 'Won',
} as const;

/** Distinct leads reaching each step within the period; each rate is the step over the step before. */
export async function funnelReport(ctx: AppContext, actor: Actor, q: ReportQuery): Promise<Funnel> {
  const { range, scope } = resolveReport(ctx, actor, q);
  const counts = [
    await leadsClaimed(ctx.db, range, scope),
    await leadsContacted(ctx.db, range, scope),
    await leadsConnected(ctx.db, range, scope),
    await leadsWithOutcome(ctx.db, range, scope, ['interested']),
    await leadsWithDeal(ctx.db, range, scope, false),
    await leadsWithDeal(ctx.db, range, scope, true),
  ];
  const keys = Object.keys(labels) as (keyof typeof labels)[];
  return {
    steps: keys.map((key, i) => ({
      key,
      label: labels[key],
      count: counts[i] ?? 0,
      rate: i === 0 ? null : ratio(counts[i] ?? 0, counts[i - 1] ?? 0),
    })),
  };
}
