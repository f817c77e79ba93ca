import type { z } from 'zod';
import type { funnelSchema } from '../../../shared/deals';
import type { Actor, AppContext } from '../../context';
import { funnelSteps } from './rollups';
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

/**
 * Leads that reached each step for the first time within the period (a lead counts once per step, ever, for the
 * rep who took it there — decision 025); each rate is the step over the step before.
 */
export async function funnelReport(ctx: AppContext, actor: Actor, q: ReportQuery): Promise<Funnel> {
  const { range, scope } = resolveReport(ctx, actor, q);
  const counts = await funnelSteps(ctx.db, range, scope);
  const keys = Object.keys(labels) as (keyof typeof labels)[];
  const count = (k: string | undefined) => (k ? (counts.get(k) ?? 0) : 0);
  return {
    steps: keys.map((key, i) => ({
      key,
      label: labels[key],
      count: count(key),
      rate: i === 0 ? null : ratio(count(key), count(keys[i - 1])),
    })),
  };
}
