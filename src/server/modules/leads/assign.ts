import type { ContactFilter } from '../../../shared/contacts';
import { isoNow } from '../../clock';
import type { Actor, AppContext } from '../../context';
import { AppError, forbidden, notFound } from '../../errors';
import { seesEverything } from '../access';
import { insertAudit } from '../audit';
import { bulkSelectionOf, countContacts, listContactPage, resolveFilter } from '../contacts';
import { handOverOpenTasks } from '../tasks';
import { insertTimelineEvents } from '../timeline';
import { findUserById } from '../users';
import { assignIfOwnerIs } from './repo';

const MAX_ASSIGN = 50_000;

export type AssignTarget = { contactIds?: string[]; filter?: ContactFilter; allMatching?: boolean };

/**
 * Managers give leads to a rep (or back to the pool with repId null): chosen ids or everything matching a
 * filter. Each move is conditional on the owner the manager saw, so a claim made meanwhile is not overwritten.
 */
export async function assignLeads(
  ctx: AppContext,
  actor: Actor,
  target: AssignTarget,
  repId: string | null,
): Promise<{ assigned: number; unchanged: number; changedMeanwhile: number }> {
  if (!seesEverything(actor)) throw forbidden('Only managers assign leads.');
  const rep = repId ? await findUserById(ctx.db, repId) : null;
  if (repId && !rep) throw notFound('Rep');
  if (rep && (rep.role !== 'rep' || rep.deactivated_at)) {
    throw new AppError(422, 'not_an_active_rep', `${rep.name} is not an active sales rep.`);
  }
  const { ids, filter } = bulkSelectionOf({ ...target, ids: target.contactIds }, 'leads');
  const f = await resolveFilter(ctx, actor, filter);
  if (ids) f.ids = f.ids ? f.ids.filter((id) => ids.includes(id)) : ids;
  if ((await countContacts(ctx.db, actor, f, MAX_ASSIGN + 1)) > MAX_ASSIGN) {
    throw new AppError(
      422,
      'too_many_contacts',
      `Assign at most ${MAX_ASSIGN.toLocaleString('en-US')} leads at a time.`,
    );
  }
  const at = isoNow(ctx.clock);
  const result = { assigned: 0, unchanged: 0, changedMeanwhile: 0 };
  let cursor: { v: string | null; id: string } | undefined;
  for (;;) {
    const { rows, col } = await listContactPage(ctx.db, actor, f, 'created', 'asc', cursor, 500);
    const page = rows.slice(0, 500);
    await ctx.db.transaction().execute(async (trx) => {
      for (const c of page) {
        if (c.owner_id === repId) {
          result.unchanged++;
          continue;
        }
        if (!(await assignIfOwnerIs(trx, c.id, c.owner_id, repId, actor.id, at))) {
          result.changedMeanwhile++;
          continue;
        }
        await handOverOpenTasks(trx, c.id, repId, at);
        await insertTimelineEvents(trx, [
          {
            kind: 'contact.assigned',
            contactId: c.id,
            companyId: c.company_id,
            actorId: actor.id,
            data: { fromId: c.owner_id, fromName: c.owner_name, toId: repId, toName: rep?.name ?? null },
            at,
          },
        ]);
        result.assigned++;
      }
    });
    const last = rows[499];
    if (rows.length <= 500 || !last) break;
    cursor = { v: last[col], id: last.id };
  }
  await insertAudit(ctx.db, {
    actorId: actor.id,
    action: 'leads.assigned',
    objectType: 'user',
    objectId: repId,
    ip: actor.ip,
    details: { ...result, filter: target.filter ?? null, ids: target.contactIds?.length ?? null },
    at,
  });
  return result;
}
