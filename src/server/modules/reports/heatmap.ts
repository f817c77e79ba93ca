import { TZDate } from '@date-fns/tz';
import type { z } from 'zod';
import type { heatmapSchema } from '../../../shared/deals';
import type { Actor, AppContext } from '../../context';
import { ORG_TIME_ZONE } from '../../org-time';
import { callsByHour } from './rollups';
import { type ReportQuery, resolveReport } from './scope';

/** Day of week (0 = Monday) and hour in the organisation's zone of a UTC hour "2026-03-09T15". */
export function orgDayHour(utcHour: string): { day: number; hour: number } {
  const d = new TZDate(Date.parse(`${utcHour}:00:00Z`), ORG_TIME_ZONE);
  return { day: (d.getDay() + 6) % 7, hour: d.getHours() };
}

/** Calls by day of week × hour (org zone), all 168 cells. Counted per UTC hour in SQL, folded here (exact). */
export async function heatmapReport(
  ctx: AppContext,
  actor: Actor,
  q: ReportQuery,
): Promise<z.infer<typeof heatmapSchema>> {
  const { range, scope } = resolveReport(ctx, actor, q);
  const cells = Array.from({ length: 7 * 24 }, (_, i) => ({
    day: Math.floor(i / 24),
    hour: i % 24,
    calls: 0,
  }));
  for (const r of await callsByHour(ctx.db, range, scope)) {
    const { day, hour } = orgDayHour(r.hour);
    const cell = cells[day * 24 + hour];
    if (cell) cell.calls += Number(r.n);
  }
  return { cells };
}
