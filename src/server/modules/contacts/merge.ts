import type { Contact, ContactInput } from '../../../shared/contacts';
import { isoNow } from '../../clock';
import type { Actor, AppContext } from '../../context';
import { badRequest, conflict, forbidden } from '../../errors';
import { seesEverything } from '../access';
import { insertAudit } from '../audit';
import { insertTimelineEvents, moveTimelineEvents } from '../timeline';
import { inputOf, updateContact } from './edit';
import * as repo from './repo';
import { getContact, loadVisibleContact } from './service';

const fillable = [
  'firstName',
  'lastName',
  'title',
  'email',
  'phone',
  'mobile',
  'city',
  'state',
  'zip',
  'source',
] as const;

/** What the kept contact takes from the duplicate: its empty fields, the union of tags, both notes. */
export function mergedFields(keep: ContactInput, dup: ContactInput): Partial<ContactInput> {
  const patch: Partial<ContactInput> = {};
  for (const k of fillable) if (!keep[k] && dup[k]) patch[k] = dup[k];
  if (!keep.companyId && dup.companyId) patch.companyId = dup.companyId;
  const tags = [...new Set([...(keep.tags ?? []), ...(dup.tags ?? [])])];
  if (tags.length !== (keep.tags ?? []).length) patch.tags = tags;
  if (dup.notes && dup.notes !== keep.notes)
    patch.notes = keep.notes ? `${keep.notes}\n\n${dup.notes}` : dup.notes;
  return patch;
}

/**
 * Managers merge a duplicate into the contact they keep: empty fields are filled, the duplicate's history moves
 * over, and the duplicate goes to Recently deleted. Both versions are checked, so a merge over an edit made
 * meanwhile is refused with 409.
 */
export async function mergeContacts(
  ctx: AppContext,
  actor: Actor,
  keepId: string,
  body: { duplicateId: string; version: number; duplicateVersion: number },
): Promise<Contact> {
  if (!seesEverything(actor)) throw forbidden('Only managers and admins merge contacts.');
  if (keepId === body.duplicateId) throw badRequest('merge_into_itself', 'Pick two different contacts.');
  const keep = await loadVisibleContact(ctx, actor, keepId);
  const dup = await loadVisibleContact(ctx, actor, body.duplicateId);
  if (keep.deleted_at || dup.deleted_at)
    throw conflict('contact_deleted', 'One of the contacts was deleted.');
  if (dup.version !== body.duplicateVersion) throw stale(dup.full_name);
  const patch = mergedFields(inputOf(keep), inputOf(dup));
  // The fill is an ordinary edit (its own timeline entry, version check, search terms).
  if (Object.keys(patch).length) await updateContact(ctx, actor, keepId, { ...patch, version: body.version });
  else if (body.version !== keep.version) throw stale(keep.full_name);
  const at = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const gone = await repo.updateContactIfVersion(trx, dup.id, dup.version, {
      deleted_at: at,
      deleted_by: actor.id,
      updated_at: at,
      updated_by: actor.id,
    });
    if (!gone) throw stale(dup.full_name);
    await moveTimelineEvents(trx, dup.id, keep.id);
    const data = { mergedId: dup.id, mergedName: dup.full_name, mergedOwner: dup.owner_name };
    await insertTimelineEvents(trx, [
      { kind: 'contact.merged', contactId: keep.id, actorId: actor.id, data, at },
    ]);
    await insertAudit(trx, {
      actorId: actor.id,
      action: 'contact.merged',
      objectType: 'contact',
      objectId: keep.id,
      ip: actor.ip,
      details: data,
      at,
    });
  });
  return getContact(ctx, actor, keepId);
}

function stale(name: string) {
  return conflict('stale_version', `${name} changed after you opened it; reload and try again.`);
}
