import { textKey } from '../../../shared/contact-normalize';
import type { Contact, ContactInput } from '../../../shared/contacts';
import { isoNow } from '../../clock';
import type { Actor, AppContext } from '../../context';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../errors';
import { newId } from '../../ids';
import { canEditContact, contactVisibility, seesEverything } from '../access';
import { insertAudit } from '../audit';
import { contactTerms, replaceSearchTerms } from '../search';
import { insertTimelineEvents } from '../timeline';
import { findUserById } from '../users';
import { ensureCompanies } from './companies-ensure';
import { findCompanyById } from './companies-repo';
import { type DuplicateMatch, findDuplicates } from './duplicates';
import { type PreparedContact, prepareContact } from './prepare';
import { presentContact } from './presenter';
import * as repo from './repo';

export function invalid(problems: { path: string; message: string }[]): AppError {
  return new AppError(400, 'validation_failed', problems[0]?.message ?? 'Invalid contact.', problems);
}

/** The visible contact or 404 (a rep can't tell someone else's lead from a missing one). */
export async function loadVisibleContact(
  ctx: AppContext,
  actor: Actor,
  id: string,
): Promise<repo.ContactWithNames> {
  const row = await repo.findContactById(ctx.db, id);
  if (!row || !(await contactVisibility(ctx.db, actor))(row) || (row.deleted_at && !seesEverything(actor)))
    throw notFound('Contact');
  return row;
}

export async function getContact(ctx: AppContext, actor: Actor, id: string): Promise<Contact> {
  return presentContact(await loadVisibleContact(ctx, actor, id));
}

async function companyOf(ctx: AppContext, p: PreparedContact, companyId: string | null | undefined) {
  if (companyId) {
    const c = await findCompanyById(ctx.db, companyId);
    if (!c) throw invalid([{ path: 'companyId', message: 'That company does not exist.' }]);
    return { id: c.id, name: c.name, key: c.name_key, existing: true };
  }
  return p.companyName
    ? { id: null, name: p.companyName, key: textKey(p.companyName), existing: false }
    : null;
}

export async function checkDuplicates(
  ctx: AppContext,
  actor: Actor,
  input: ContactInput,
): Promise<DuplicateMatch[]> {
  const p = prepareContact(input);
  const company = await companyOf(ctx, p, input.companyId);
  return findDuplicates(ctx.db, actor, p, company?.key ?? null);
}

export async function createContact(
  ctx: AppContext,
  actor: Actor,
  input: ContactInput & { ownerId?: string | null },
  opts: { allowDuplicate?: boolean } = {},
): Promise<Contact> {
  const p = prepareContact(input);
  if (p.problems.length) throw invalid(p.problems);
  const company = await companyOf(ctx, p, input.companyId);
  // Reps' own leads are theirs; managers choose (default: the unassigned pool).
  const ownerId = seesEverything(actor) ? (input.ownerId ?? null) : actor.id;
  if (ownerId && ownerId !== actor.id && !(await findUserById(ctx.db, ownerId)))
    throw badRequest('invalid_owner', 'Choose a user as the owner; that one does not exist.');
  const at = isoNow(ctx.clock);
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    const ref = company?.existing
      ? { id: company.id!, name: company.name, key: company.key }
      : company
        ? (await ensureCompanies(trx, [company.name], actor.id, at)).values().next().value!
        : null;
    if (!opts.allowDuplicate) {
      const dupes = await findDuplicates(trx, actor, p, ref?.key ?? null);
      if (dupes.length) throw conflict('possible_duplicate', dupes[0]!.message, { matches: dupes });
    }
    await repo.insertContacts(trx, [
      {
        ...p.fields,
        id,
        company_id: ref?.id ?? null,
        company_key: ref?.key ?? null,
        status: 'not_called',
        owner_id: ownerId,
        last_activity_at: null,
        next_follow_up_at: null,
        legacy_id: null,
        created_by: actor.id,
        updated_by: actor.id,
        created_at: at,
        updated_at: at,
        deleted_at: null,
        deleted_by: null,
        version: 1,
      },
    ]);
    await repo.insertContactTags(
      trx,
      p.tags.map((tag) => ({ contact_id: id, tag })),
    );
    await replaceSearchTerms(trx, 'contact', id, contactTerms({ ...p.fields, companyName: ref?.name }));
    await insertTimelineEvents(trx, [
      {
        kind: 'contact.created',
        contactId: id,
        companyId: ref?.id,
        actorId: actor.id,
        data: { source: 'manual' },
        at,
      },
    ]);
    await insertAudit(trx, {
      actorId: actor.id,
      action: 'contact.created',
      objectType: 'contact',
      objectId: id,
      ip: actor.ip,
      at,
    });
  });
  return getContact(ctx, actor, id);
}

export function assertCanEdit(actor: Actor, row: repo.ContactRow): void {
  if (!canEditContact(actor, row)) {
    throw forbidden(
      row.owner_id ? 'Only the lead’s owner or a manager can change it.' : 'Claim this lead to work it.',
    );
  }
}
