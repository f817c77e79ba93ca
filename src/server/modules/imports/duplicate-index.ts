import type { ContactInput } from '../../../shared/contacts';
import { type ContactWithNames, duplicateKeysOf } from '../contacts';
import type { PreparedRow } from './prepare-row';

// Duplicates match on normalized phone (either number against either number), lowercased email, or the same
// person's name at the same company — the contact form's rules (contacts/duplicates.ts), applied in bulk.
export type MatchedOn = 'phone' | 'email' | 'name and company';
export type DuplicateKey = { key: string; on: MatchedOn; field: FillField | null };

export function keysOfRow(row: PreparedRow): DuplicateKey[] {
  const k = duplicateKeysOf(row.prepared, row.companyKey);
  const f = row.prepared.fields;
  return [
    ...k.phones.map((p) => ({
      key: `p:${p}`,
      on: 'phone' as const,
      field: p === f.phone_e164 ? 'phone' : 'mobile',
    })),
    ...k.emails.map((e) => ({ key: `e:${e}`, on: 'email' as const, field: 'email' as const })),
    ...k.nameCompany.map((n) => ({
      key: `n:${n.name}|${n.company}`,
      on: 'name and company' as const,
      field: null,
    })),
  ] as DuplicateKey[];
}

export type ContactKeys = Pick<
  ContactWithNames,
  'phone_e164' | 'mobile_e164' | 'email' | 'name_key' | 'company_key' | 'first_name'
>;

export function keysOfContact(c: ContactKeys): string[] {
  const keys: string[] = [];
  if (c.phone_e164) keys.push(`p:${c.phone_e164}`);
  if (c.mobile_e164) keys.push(`p:${c.mobile_e164}`);
  if (c.email) keys.push(`e:${c.email}`);
  if (c.company_key && c.first_name) keys.push(`n:${c.name_key}|${c.company_key}`);
  return keys;
}

// "Fill empty fields" works on these; a bit mask per contact says which are already filled.
export const fillFields = [
  'firstName',
  'lastName',
  'companyName',
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
] as const;
export type FillField = (typeof fillFields)[number];
export const bitOf = (f: FillField) => 1 << fillFields.indexOf(f);

export function maskOfInput(input: ContactInput): number {
  let mask = 0;
  for (const f of fillFields) {
    const v = input[f];
    if (Array.isArray(v) ? v.length > 0 : v) mask |= bitOf(f);
  }
  return mask;
}

export function maskOfContact(c: ContactWithNames): number {
  const present: Record<FillField, unknown> = {
    firstName: c.first_name,
    lastName: c.last_name,
    companyName: c.company_id,
    title: c.title,
    email: c.email,
    phone: c.phone,
    mobile: c.mobile,
    city: c.city,
    state: c.state,
    zip: c.zip,
    source: c.source,
    tags: c.tags,
    notes: c.notes,
  };
  let mask = 0;
  for (const f of fillFields) if (present[f]) mask |= bitOf(f);
  return mask;
}

/**
 * A contact rows can match: one in the database (`existing`), or one this import creates from an earlier row
 * (`pending`, absent in a dry run's file-wide index, which only needs the mask).
 */
export type Target = {
  mask: number;
  /** Its numbers in E.164: a row bringing the same number in the other column brings nothing new. */
  phones: Set<string>;
  label: string;
  existing?: ContactWithNames;
  pending?: { input: ContactInput };
};

export class DuplicateIndex {
  private readonly byKey = new Map<string, Target>();
  private readonly existingIds = new Set<string>();

  find(keys: DuplicateKey[]): { target: Target; on: MatchedOn } | undefined {
    for (const k of keys) {
      const target = this.byKey.get(k.key);
      if (target) return { target, on: k.on };
    }
    return undefined;
  }

  add(keys: string[], target: Target): void {
    for (const k of keys) if (!this.byKey.has(k)) this.byKey.set(k, target);
  }

  /** Database contacts found for a batch's keys; each is indexed once. */
  addExisting(contacts: ContactWithNames[]): void {
    for (const c of contacts) {
      if (this.existingIds.has(c.id)) continue;
      this.existingIds.add(c.id);
      const label = `existing contact ${c.full_name}${c.company_name && c.company_name !== c.full_name ? ` (${c.company_name})` : ''}`;
      const phones = new Set([c.phone_e164, c.mobile_e164].filter((p): p is string => Boolean(p)));
      this.add(keysOfContact(c), { mask: maskOfContact(c), phones, label, existing: c });
    }
  }
}
