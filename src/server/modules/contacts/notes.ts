import { isoNow } from '../../clock';
import type { Actor, AppContext } from '../../context';
import { notFound } from '../../errors';
import { insertAudit } from '../audit';
import { insertTimelineEvents } from '../timeline';
import { touchContactActivity } from './repo';
import { assertCanEdit, loadVisibleContact } from './service';

/** A note is a timeline event; it counts as touching the lead (claim expiry reads last_activity_at). */
export async function addNote(ctx: AppContext, actor: Actor, contactId: string, body: string): Promise<void> {
  const contact = await loadVisibleContact(ctx, actor, contactId);
  if (contact.deleted_at) throw notFound('Contact');
  assertCanEdit(actor, contact);
  const at = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await insertTimelineEvents(trx, [
      { kind: 'note', contactId, companyId: contact.company_id, actorId: actor.id, data: { body }, at },
    ]);
    await touchContactActivity(trx, contactId, at, contact.owner_id === actor.id);
    await insertAudit(trx, {
      actorId: actor.id,
      action: 'contact.note_added',
      objectType: 'contact',
      objectId: contactId,
      ip: actor.ip,
      at,
    });
  });
}
