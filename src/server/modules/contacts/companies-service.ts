import { textKey } from '../../../shared/contact-normalize';
import type { Company, CompanyInput, Contact } from '../../../shared/contacts';
import { normalizeState } from '../../../shared/us-states';
import { isoNow } from '../../clock';
import type { Actor, AppContext } from '../../context';
import { AppError, conflict, notFound } from '../../errors';
import { decodeCursor, encodeCursor } from '../../page-cursor';
import { contactVisibility } from '../access';
import { insertAudit } from '../audit';
import { companyTerms, replaceSearchTerms } from '../search';
import { insertTimelineEvents } from '../timeline';
import { ensureCompanies } from './companies-ensure';
import * as repo from './companies-repo';
import { presentContact } from './presenter';
import { listContactsOfCompany } from './repo';

export function presentCompany(c: repo.CompanyRow & { contact_count?: number | string | null }): Company {
  return {
    id: c.id,
    name: c.name,
    industry: c.industry,
    equipment: c.equipment,
    fleetSize: c.fleet_size,
    website: c.website,
    hqCity: c.hq_city,
    hqState: c.hq_state,
    notes: c.notes,
    contactCount: c.contact_count == null ? undefined : Number(c.contact_count),
    createdAt: c.created_at,
    updatedAt: c.updated_at,
    version: c.version,
  };
}

function fieldsOf(input: Partial<CompanyInput>) {
  const state = input.hqState ? normalizeState(input.hqState) : input.hqState;
  if (input.hqState && !state) {
    throw new AppError(400, 'validation_failed', `"${input.hqState}" is not a US state.`, [
      { path: 'hqState', message: `"${input.hqState}" is not a US state.` },
    ]);
  }
  const out: repo.CompanyPatch = {};
  if (input.name !== undefined) Object.assign(out, { name: input.name, name_key: textKey(input.name) });
  if (input.industry !== undefined) out.industry = input.industry;
  if (input.equipment !== undefined) out.equipment = input.equipment;
  if (input.fleetSize !== undefined) out.fleet_size = input.fleetSize;
  if (input.website !== undefined) out.website = input.website;
  if (input.hqCity !== undefined) out.hq_city = input.hqCity;
  if (state !== undefined) out.hq_state = state;
  if (input.notes !== undefined) out.notes = input.notes;
  return out;
}

export async function listCompanies(ctx: AppContext, cursor: string | undefined, limit: number) {
  const after = cursor
    ? decodeCursor<{ key: string; id: string }>(
        cursor,
        (c) => typeof c.key === 'string' && typeof c.id === 'string',
      )
    : undefined;
  const rows = await repo.listCompanies(ctx.db, { afterKey: after, limit: limit + 1 });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(presentCompany),
    nextCursor: rows.length > limit && last ? encodeCursor({ key: last.name_key, id: last.id }) : null,
  };
}

export async function getCompany(
  ctx: AppContext,
  actor: Actor,
  id: string,
): Promise<Company & { contacts: Contact[] }> {
  const c = await repo.findCompanyById(ctx.db, id);
  if (!c) throw notFound('Company');
  const canSee = await contactVisibility(ctx.db, actor);
  const contacts = (await listContactsOfCompany(ctx.db, id)).filter(canSee);
  return { ...presentCompany(c), contacts: contacts.map(presentContact) };
}

export async function createCompany(ctx: AppContext, actor: Actor, input: CompanyInput): Promise<Company> {
  const at = isoNow(ctx.clock);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.findCompaniesByKeys(trx, [textKey(input.name)]);
    if (existing[0])
      throw conflict('company_exists', `${existing[0].name} already exists.`, { id: existing[0].id });
    const ref = (await ensureCompanies(trx, [input.name], actor.id, at)).values().next().value!;
    await repo.updateCompanyIfVersion(trx, ref.id, 1, fieldsOf(input), at);
    await insertAudit(trx, {
      actorId: actor.id,
      action: 'company.created',
      objectType: 'company',
      objectId: ref.id,
      ip: actor.ip,
      at,
    });
    return ref.id;
  });
  return presentCompany((await repo.findCompanyById(ctx.db, id))!);
}

export async function updateCompany(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: Partial<CompanyInput> & { version: number },
): Promise<Company> {
  const current = await repo.findCompanyById(ctx.db, id);
  if (!current) throw notFound('Company');
  const patch = fieldsOf(input);
  const at = isoNow(ctx.clock);
  return ctx.db.transaction().execute(async (trx) => {
    const updated = await repo.updateCompanyIfVersion(trx, id, input.version, patch, at);
    if (!updated) {
      const fresh = await repo.findCompanyById(trx, id);
      throw conflict('stale_version', 'Someone else changed this company first.', {
        current: fresh ? presentCompany(fresh) : null,
      });
    }
    if (patch.name_key && patch.name_key !== current.name_key)
      await repo.setCompanyKeyOnContacts(trx, id, patch.name_key);
    await replaceSearchTerms(trx, 'company', id, companyTerms(updated));
    const changes = Object.fromEntries(
      Object.entries(patch)
        .filter(([k, v]) => k !== 'name_key' && current[k as keyof repo.CompanyRow] !== v)
        .map(([k, v]) => [k, { from: current[k as keyof repo.CompanyRow], to: v }]),
    );
    await insertTimelineEvents(trx, [
      { kind: 'company.updated', companyId: id, actorId: actor.id, data: { changes }, at },
    ]);
    await insertAudit(trx, {
      actorId: actor.id,
      action: 'company.updated',
      objectType: 'company',
      objectId: id,
      ip: actor.ip,
      details: { changes },
      at,
    });
    return presentCompany(updated);
  });
}
