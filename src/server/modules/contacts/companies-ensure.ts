import type { Db } from '../../../db/types';
import { textKey } from '../../../shared/contact-normalize';
import { newId } from '../../ids';
import { companyTerms, insertSearchTerms } from '../search';
import { insertTimelineEvents } from '../timeline';
import { type CompanyRow, findCompaniesByKeys, insertCompanies } from './companies-repo';

export type CompanyRef = { id: string; name: string; key: string };

/**
 * Finds companies by name (case, accents and spacing ignored) and creates the missing ones, in the caller's
 * transaction. Used one at a time by the contact form and a thousand at a time by imports.
 */
export async function ensureCompanies(
  db: Db,
  names: string[],
  actorId: string | null,
  at: string,
): Promise<Map<string, CompanyRef>> {
  const wanted = new Map<string, string>();
  for (const n of names) {
    const key = textKey(n);
    if (key && !wanted.has(key)) wanted.set(key, n.trim());
  }
  const found = new Map<string, CompanyRef>();
  for (const c of await findCompaniesByKeys(db, [...wanted.keys()])) {
    if (!found.has(c.name_key)) found.set(c.name_key, { id: c.id, name: c.name, key: c.name_key });
  }
  const created: CompanyRow[] = [];
  for (const [key, name] of wanted) {
    if (found.has(key)) continue;
    const row: CompanyRow = {
      id: newId(),
      name,
      name_key: key,
      industry: null,
      equipment: null,
      fleet_size: null,
      website: null,
      hq_city: null,
      hq_state: null,
      notes: null,
      created_by: actorId,
      created_at: at,
      updated_at: at,
      deleted_at: null,
      version: 1,
    };
    created.push(row);
    found.set(key, { id: row.id, name, key });
  }
  await insertCompanies(db, created);
  await insertSearchTerms(
    db,
    'company',
    created.map((c) => ({ id: c.id, terms: companyTerms(c) })),
  );
  await insertTimelineEvents(
    db,
    created.map((c) => ({ kind: 'company.created', companyId: c.id, actorId, data: { name: c.name }, at })),
  );
  return found;
}
