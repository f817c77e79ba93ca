import type { Db } from '../../../db/types';
import type { Contact, ContactInput } from '../../../shared/contacts';
import { isoNow } from '../../clock';
import type { Actor, AppContext } from '../../context';
import { conflict, forbidden, notFound } from '../../errors';
import { seesEverything } from '../access';
import { insertAudit } from '../audit';
import { contactTerms, replaceSearchTerms } from '../search';
import { insertTimelineEvents } from '../timeline';
import { findUserById } from '../users';
import { ensureCompanies } from './companies-ensure';
import { findCompanyById } from './companies-repo';
import { prepareContact } from './prepare';
import { presentContact } from './presenter';
import * as repo from './repo';
import { assertCanEdit, getContact, invalid, loadVisibleContact } from './service';

const RESTORE_DAYS = 30;

export function inputOf(c: repo.ContactWithNames): ContactInput {
  return {
    firstName: c.first_name,
    lastName: c.last_name,
    companyId: c.company_id,
    title: c.title,
    email: c.email,
    phone: c.phone,
    mobile: c.mobile,
    city: c.city,
    state: c.state,
    zip: c.zip,
    source: c.source,
    tags: c.tags ? JSON.parse(c.tags) : [],
    notes: c.notes,
  };
}

const tracked = [
  'first_name',
  'last_name',
  'title',
  'email',
  'phone',
  'mobile',
  'city',
  'state',
  'zip',
  'source',
  'tags',
  'notes',
  'company_id',
] as const;

/** Applies the fields sent; a stale `version` gets 409 with the current record and who changed it last. */
export async function updateContact(
  ctx: AppContext,
  actor: Actor,
  id: string,
  patch: Partial<ContactInput> & { version: number },
): Promise<Contact> {
  const current = await loadVisibleContact(ctx, actor, id);
  assertCanEdit(actor, current);
  if (current.deleted_at) throw notFound('Contact');
  const { version, ...changes } = patch;
  const merged: ContactInput = { ...inputOf(current), ...changes };
  if ('companyName' in changes) merged.companyId = changes.companyId ?? null;
  const p = prepareContact(merged);
  if (p.problems.length) throw invalid(p.problems);
  const at = isoNow(ctx.clock);

  await ctx.db.transaction().execute(async (trx) => {
    let company = current.company_id
      ? { id: current.company_id, name: current.company_name ?? '', key: current.company_key }
      : null;
    if (merged.companyId !== current.company_id && merged.companyId) {
      const c = await findCompanyById(trx, merged.companyId);
      if (!c) throw invalid([{ path: 'companyId', message: 'That company does not exist.' }]);
      company = { id: c.id, name: c.name, key: c.name_key };
    } else if (p.companyName && 'companyName' in changes) {
      company = (await ensureCompanies(trx, [p.companyName], actor.id, at)).values().next().value!;
    } else if (merged.companyId === null) {
      company = null;
    }
    const next = { ...p.fields, company_id: company?.id ?? null, company_key: company?.key ?? null };
    const diff: Record<string, { from: unknown; to: unknown }> = {};
    for (const k of tracked) {
      if ((current[k] ?? null) !== (next[k] ?? null)) diff[k] = { from: current[k], to: next[k] };
    }
    const updated = await repo.updateContactIfVersion(trx, id, version, {
      ...next,
      updated_at: at,
      updated_by: actor.id,
    });
    if (!updated) throw await staleEdit(trx, id);
    if (Object.keys(diff).length === 0) return;
    if (diff.tags) await repo.replaceContactTags(trx, id, p.tags);
    await replaceSearchTerms(trx, 'contact', id, contactTerms({ ...next, companyName: company?.name }));
    await insertTimelineEvents(trx, [
      {
        kind: 'contact.updated',
        contactId: id,
        companyId: company?.id,
        actorId: actor.id,
        data: { changes: diff },
        at,
      },
    ]);
    await insertAudit(trx, {
      actorId: actor.id,
      action: 'contact.updated',
      objectType: 'contact',
      objectId: id,
      ip: actor.ip,
      details: { changes: diff },
      at,
    });
  });
  return getContact(ctx, actor, id);
}

// Reads through the open transaction: SQLite has one connection, and it is ours until we return.
async function staleEdit(db: Db, id: string) {
  const fresh = await repo.findContactById(db, id);
  const by = fresh?.updated_by ? await findUserById(db, fresh.updated_by) : undefined;
  return conflict('stale_version', `${by?.name ?? 'Someone'} changed this contact after you opened it.`, {
    current: fresh && !fresh.deleted_at ? presentContact(fresh) : null,
    changedBy: by?.name ?? null,
    changedAt: fresh?.updated_at ?? null,
  });
}

/** Soft delete (managers and admins); restorable for 30 days. */
export async function deleteContact(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  if (!seesEverything(actor)) throw forbidden('Only managers and admins can delete contacts.');
  const current = await loadVisibleContact(ctx, actor, id);
  if (current.deleted_at) return;
  const at = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateContactIfVersion(trx, id, current.version, {
      deleted_at: at,
      deleted_by: actor.id,
      updated_at: at,
      updated_by: actor.id,
    });
    await insertTimelineEvents(trx, [{ kind: 'contact.deleted', contactId: id, actorId: actor.id, at }]);
    await insertAudit(trx, {
      actorId: actor.id,
      action: 'contact.deleted',
      objectType: 'contact',
      objectId: id,
      ip: actor.ip,
      at,
    });
  });
}

export async function restoreContact(ctx: AppContext, actor: Actor, id: string): Promise<Contact> {
  if (!seesEverything(actor)) throw forbidden('Only managers and admins can restore contacts.');
  const current = await loadVisibleContact(ctx, actor, id);
  if (!current.deleted_at) return presentContact(current);
  const at = isoNow(ctx.clock);
  if (Date.parse(at) - Date.parse(current.deleted_at) > RESTORE_DAYS * 86_400_000) {
    throw conflict('restore_window_passed', `Deleted contacts can be restored for ${RESTORE_DAYS} days.`);
  }
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateContactIfVersion(trx, id, current.version, {
      deleted_at: null,
      deleted_by: null,
      updated_at: at,
      updated_by: actor.id,
    });
    await insertTimelineEvents(trx, [{ kind: 'contact.restored', contactId: id, actorId: actor.id, at }]);
    await insertAudit(trx, {
      actorId: actor.id,
      action: 'contact.restored',
      objectType: 'contact',
      objectId: id,
      ip: actor.ip,
      at,
    });
  });
  return getContact(ctx, actor, id);
}
