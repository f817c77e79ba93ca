// Helpers of bench/call-bench.ts: undoing what the bench reps did, and autocannon with every response's latency.
import autocannon from 'autocannon';
import type { AppContext } from '../src/server/context';
import { forgetFirstTimes } from './forget-first-times';

/** The bench reps' tasks, calls and timeline events gone, their leads back in the pool as never called. */
export async function undoBenchReps(ctx: AppContext, repIds: string[]) {
  await forgetFirstTimes(ctx.db, repIds, ['contacted', 'connected', 'interested']);
  await ctx.db.deleteFrom('tasks').where('owner_id', 'in', repIds).execute();
  await ctx.db.deleteFrom('calls').where('rep_id', 'in', repIds).execute();
  await ctx.db.deleteFrom('timeline_events').where('actor_id', 'in', repIds).execute();
  const r = await ctx.db
    .updateTable('contacts')
    .set({
      owner_id: null,
      status: 'not_called',
      call_attempts: 0,
      last_call_at: null,
      next_follow_up_at: null,
      last_activity_at: null,
      claimed_at: null,
      owner_touched_at: null,
      lease_user_id: null,
      lease_expires_at: null,
      version: 1,
    })
    .where('owner_id', 'in', repIds)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Runs autocannon and pushes each response's latency (ms) into `latencies`, for exact percentiles. */
export function loadWithLatencies(
  options: autocannon.Options,
  latencies: number[],
): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (err, r) => (err ? reject(err) : resolve(r)));
    instance.on('response', (_c, _status, _bytes, ms) => latencies.push(ms));
  });
}
