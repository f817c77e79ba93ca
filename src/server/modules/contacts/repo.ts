import { bulkInsert } from '../../../db/bulk-insert';
import type { ContactsTable, Db } from '../../../db/types';

export type ContactRow = ContactsTable;
export type ContactWithNames = ContactRow & { company_name: string | null; owner_name: string | null };

export function selectContactsWithNames(db: Db) {
  return db
    .selectFrom('contacts')
    .leftJoin('companies', 'companies.id', 'contacts.company_id')
    .leftJoin('users', 'users.id', 'contacts.owner_id')
    .selectAll('contacts')
    .select(['companies.name as company_name', 'users.name as owner_name']);
}

export function findContactById(db: Db, id: string): Promise<ContactWithNames | undefined> {
  return selectContactsWithNames(db).where('contacts.id', '=', id).executeTakeFirst();
}

export function findContactsByIds(db: Db, ids: string[]): Promise<ContactWithNames[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return selectContactsWithNames(db).where('contacts.id', 'in', ids).execute();
}

/**
 * Multi-row inserts in chunks of 128 (SQLite's statement parameter limit), through prepared SQL texts
 * (db/bulk-insert.ts). Rows must share their columns (imports build them from one template); if they don't,
 * each distinct set of columns goes in its own statements.
 */
export async function insertContacts(db: Db, rows: ContactRow[]): Promise<void> {
  const groups = new Map<string, { columns: string[]; values: unknown[][] }>();
  // Most rows (an import's batch) have the first row's keys in the same order: their values go straight into
  // that group, without a [key, value] pair per column (100k rows × 40 columns of garbage otherwise).
  let first: { columns: string[]; values: unknown[][] } | null = null;
  for (const row of rows) {
    if (first) {
      const values = sameKeyValues(row, first.columns);
      if (values) {
        first.values.push(values);
        continue;
      }
    }
    // Like Kysely's `values`, a key set to undefined is left out (the column's default applies).
    const columns: string[] = [];
    const values: unknown[] = [];
    for (const [k, v] of Object.entries(row)) {
      if (v === undefined) continue;
      columns.push(k);
      values.push(v);
    }
    const key = columns.join(',');
    const g = groups.get(key);
    if (g) g.values.push(values);
    else groups.set(key, { columns, values: [values] });
    first ??= groups.get(key)!;
  }
  for (const g of groups.values()) await bulkInsert(db, 'contacts', g.columns, g.values, { max: 128 });
}

/** The row's values in `columns` order when its defined keys are exactly `columns`, in that order; else null. */
function sameKeyValues(row: ContactRow, columns: string[]): unknown[] | null {
  const values: unknown[] = [];
  let i = 0;
  for (const k in row) {
    const v = row[k as keyof ContactRow];
    if (v === undefined) continue;
    if (columns[i] !== k) return null;
    values.push(v);
    i++;
  }
  return i === columns.length ? values : null;
}

export async function insertContactTags(db: Db, rows: { contact_id: string; tag: string }[]): Promise<void> {
  await bulkInsert(
    db,
    'contact_tags',
    ['contact_id', 'tag'],
    rows.map((r) => [r.contact_id, r.tag]),
    { max: 2048, onConflictDoNothing: true },
  );
}

export async function replaceContactTags(db: Db, contactId: string, tags: string[]): Promise<void> {
  await db.deleteFrom('contact_tags').where('contact_id', '=', contactId).execute();
  await insertContactTags(
    db,
    tags.map((tag) => ({ contact_id: contactId, tag })),
  );
}

export type ContactPatch = Partial<Omit<ContactRow, 'id' | 'created_at' | 'created_by' | 'version'>>;

export function updateContactIfVersion(db: Db, id: string, version: number, patch: ContactPatch) {
  return db
    .updateTable('contacts')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export type DuplicateKeys = {
  phones: string[];
  emails: string[];
  nameCompany: { name: string; company: string }[];
};

/**
 * Live contacts sharing a normalized phone, an email, or name + company with the given keys. One indexed query per
 * kind of key, UNIONed: SQLite does not split an OR over partial indexes and would scan every contact instead.
 */
export async function findDuplicateCandidates(db: Db, keys: DuplicateKeys): Promise<ContactWithNames[]> {
  const { phones, emails, nameCompany } = keys;
  const live = () => selectContactsWithNames(db).where('contacts.deleted_at', 'is', null);
  const parts = [
    ...(phones.length
      ? [
          live().where('contacts.phone_e164', 'in', phones),
          live().where('contacts.mobile_e164', 'in', phones),
        ]
      : []),
    ...(emails.length ? [live().where('contacts.email', 'in', emails)] : []),
    ...nameCompany.map((nc) =>
      live().where('contacts.name_key', '=', nc.name).where('contacts.company_key', '=', nc.company),
    ),
  ];
  const [first, ...rest] = parts;
  if (!first) return [];
  return rest
    .reduce((q, part) => q.union(part), first)
    .limit(50)
    .execute();
}

/** A call, email or note: the lead's last activity, and when it is its owner's, it resets claim expiry. */
export async function touchContactActivity(db: Db, id: string, at: string, byOwner: boolean): Promise<void> {
  await db
    .updateTable('contacts')
    .set(
      byOwner
        ? { last_activity_at: at, owner_touched_at: at, expiry_notice_at: null }
        : { last_activity_at: at },
    )
    .where('id', '=', id)
    .execute();
}

export function listContactsOfCompany(db: Db, companyId: string): Promise<ContactWithNames[]> {
  return selectContactsWithNames(db)
    .where('contacts.company_id', '=', companyId)
    .where('contacts.deleted_at', 'is', null)
    .orderBy('contacts.name_key')
    .limit(500)
    .execute();
}
