import type { Db } from '../../../db/types';
import type { Actor } from '../../context';
import { canEditContact } from '../access';
import type { PreparedContact } from './prepare';
import { type ContactWithNames, findDuplicateCandidates } from './repo';

export type DuplicateMatch = {
  id: string | null;
  name: string;
  company: string | null;
  ownerName: string | null;
  matchedOn: ('phone' | 'email' | 'name_company')[];
  message: string;
};

export function duplicateKeysOf(p: PreparedContact, companyKey: string | null) {
  const phones = [p.fields.phone_e164, p.fields.mobile_e164].filter((x): x is string => Boolean(x));
  return {
    phones,
    emails: p.fields.email ? [p.fields.email] : [],
    nameCompany: companyKey && p.fields.first_name ? [{ name: p.fields.name_key, company: companyKey }] : [],
  };
}

/** Contacts that look like the same person, described the way the form's warning says it. */
export async function findDuplicates(
  db: Db,
  actor: Actor,
  p: PreparedContact,
  companyKey: string | null,
  excludeId?: string,
): Promise<DuplicateMatch[]> {
  const keys = duplicateKeysOf(p, companyKey);
  const rows = (await findDuplicateCandidates(db, keys)).filter((r) => r.id !== excludeId);
  return rows.map((r) => describe(r, keys, actor));
}

function describe(
  r: ContactWithNames,
  keys: ReturnType<typeof duplicateKeysOf>,
  actor: Actor,
): DuplicateMatch {
  const matchedOn: DuplicateMatch['matchedOn'] = [];
  if (
    (r.phone_e164 && keys.phones.includes(r.phone_e164)) ||
    (r.mobile_e164 && keys.phones.includes(r.mobile_e164))
  ) {
    matchedOn.push('phone');
  }
  if (r.email && keys.emails.includes(r.email)) matchedOn.push('email');
  if (keys.nameCompany.some((nc) => nc.name === r.name_key && nc.company === r.company_key)) {
    matchedOn.push('name_company');
  }
  const what = matchedOn[0] === 'name_company' ? 'name and company' : (matchedOn[0] ?? 'details');
  // Link only to what the person can open for sure: their own leads (everything, for managers).
  const visible = canEditContact(actor, r);
  const label = r.company_name ?? r.full_name;
  const owner = r.owner_name ? `owned by ${r.owner_name.split(' ')[0]}` : 'unassigned';
  return {
    id: visible ? r.id : null,
    name: r.full_name,
    company: r.company_name,
    ownerName: r.owner_name,
    matchedOn,
    message: `A contact with this ${what} already exists: ${label}${r.company_name ? ` (${r.full_name})` : ''}, ${owner}.`,
  };
}
