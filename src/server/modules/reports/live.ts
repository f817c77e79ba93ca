import type { Actor, AppContext } from '../../context';
import { seesEverything } from '../access';
import { LEASE_IDLE_MS } from '../calls';

export type LiveCaller = {
  repId: string;
  name: string;
  contactId: string;
  contactName: string;
  since: string;
};

/** Who is calling right now: the holders of an unexpired call-flow lease (decision 010); reps see themselves. */
export async function liveCallers(ctx: AppContext, actor: Actor): Promise<LiveCaller[]> {
  const now = ctx.clock.now().toISOString();
  let q = ctx.db
    .selectFrom('contacts as c')
    .innerJoin('users as u', 'u.id', 'c.lease_user_id')
    .select(['c.lease_user_id', 'u.name', 'c.id', 'c.full_name', 'c.lease_expires_at', 'c.last_call_at'])
    .where('c.lease_user_id', 'is not', null)
    .where('c.lease_expires_at', '>', now)
    .where('c.deleted_at', 'is', null);
  if (!seesEverything(actor)) q = q.where('c.lease_user_id', '=', actor.id);
  const rows = await q.orderBy('u.name').execute();
  // The lease keeps no start time: it is renewed while the lead is on screen and lasts LEASE_IDLE_MS after its
  // last renewal, so `since` is that renewal (expiry − idle time), the last moment the rep was seen on the lead.
  return rows.map((r) => ({
    repId: r.lease_user_id as string,
    name: r.name,
    contactId: r.id,
    contactName: r.full_name,
    since: new Date(Date.parse(r.lease_expires_at as string) - LEASE_IDLE_MS).toISOString(),
  }));
}
