import type { CompaniesTable, Db } from '../../../db/types';

export type CompanyRow = CompaniesTable;

export function findCompanyById(db: Db, id: string): Promise<CompanyRow | undefined> {
  return db
    .selectFrom('companies')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

/** Live companies with these name keys, 500 keys a query (an import batch can bring thousands). */
export async function findCompaniesByKeys(db: Db, keys: string[]): Promise<CompanyRow[]> {
  const out: CompanyRow[] = [];
  for (let i = 0; i < keys.length; i += 500) {
    const part = keys.slice(i, i + 500);
    out.push(
      ...(await db
        .selectFrom('companies')
        .selectAll()
        .where('name_key', 'in', part)
        .where('deleted_at', 'is', null)
        .execute()),
    );
  }
  return out;
}

export async function insertCompanies(db: Db, rows: CompanyRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('companies')
      .values(rows.slice(i, i + 500))
      .execute();
}

export type CompanyPatch = Partial<Omit<CompanyRow, 'id' | 'created_at' | 'created_by' | 'version'>>;

export function updateCompanyIfVersion(
  db: Db,
  id: string,
  version: number,
  patch: CompanyPatch,
  now: string,
) {
  return db
    .updateTable('companies')
    .set({ ...patch, updated_at: now, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

/** Contacts carry their company's sort key; a rename rewrites it in the same transaction. */
export async function setCompanyKeyOnContacts(db: Db, companyId: string, key: string): Promise<void> {
  await db.updateTable('contacts').set({ company_key: key }).where('company_id', '=', companyId).execute();
}

export function listCompanies(db: Db, opts: { afterKey?: { key: string; id: string }; limit: number }) {
  let q = db
    .selectFrom('companies as c')
    .selectAll('c')
    .select((eb) =>
      eb
        .selectFrom('contacts')
        .select((e) => e.fn.countAll<number | string>().as('n'))
        .whereRef('contacts.company_id', '=', 'c.id')
        .where('contacts.deleted_at', 'is', null)
        .as('contact_count'),
    )
    .where('c.deleted_at', 'is', null);
  const after = opts.afterKey;
  if (after) {
    q = q.where((eb) =>
      eb.or([
        eb('c.name_key', '>', after.key),
        eb.and([eb('c.name_key', '=', after.key), eb('c.id', '>', after.id)]),
      ]),
    );
  }
  return q.orderBy('c.name_key').orderBy('c.id').limit(opts.limit).execute();
}

export function findCompaniesByIds(db: Db, ids: string[]): Promise<CompanyRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('companies')
    .selectAll()
    .where('id', 'in', ids)
    .where('deleted_at', 'is', null)
    .execute();
}
