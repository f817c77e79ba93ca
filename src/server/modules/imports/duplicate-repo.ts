import type { Db } from '../../../db/types';
import { type ContactWithNames, selectContactsWithNames } from '../contacts';
import type { ContactKeys } from './duplicate-index';
import { inListChunks as chunks } from './statement-shapes';

// The import's duplicate lookups (decision 012) and, for a bulk load, the scan of every live contact's keys.

/**
 * Live contacts sharing any of these normalized phones, emails or name + company keys. Phone, mobile and email go
 * through their live-only indexes (they need `deleted_at is null` in the query: decision 012); the company id
 * lookup through a plain index, its deleted rows dropped here.
 */
export async function findContactsByDuplicateKeys(
  db: Db,
  keys: { phones: string[]; emails: string[]; names: { name: string; company: string }[] },
): Promise<ContactWithNames[]> {
  const found = new Map<string, ContactWithNames>();
  const collect = (rows: ContactWithNames[], keep: (r: ContactWithNames) => boolean = () => true) => {
    for (const r of rows) if (!r.deleted_at && keep(r)) found.set(r.id, r);
  };
  for (const part of chunks(keys.phones, 500)) {
    collect(await live(db).where('contacts.phone_e164', 'in', part).execute());
    collect(await live(db).where('contacts.mobile_e164', 'in', part).execute());
  }
  for (const part of chunks(keys.emails, 500)) {
    collect(await live(db).where('contacts.email', 'in', part).execute());
  }
  const wanted = new Set(keys.names.map((n) => `${n.name}|${n.company}`));
  const namesAt = new Map<string, Set<string>>();
  for (const n of keys.names) {
    const names = namesAt.get(n.company);
    if (names) names.add(n.name);
    else namesAt.set(n.company, new Set([n.name]));
  }
  for (const part of chunks([...namesAt.keys()], 500)) {
    const companies = await db.selectFrom('companies').select('id').where('name_key', 'in', part).execute();
    // Only the contacts with one of the names: a company's other people are not duplicates, and reading
    // them all (a few per company, thousands of companies a batch) was most of this lookup's rows.
    const names = [...new Set(part.flatMap((company) => [...namesAt.get(company)!]))];
    for (const ids of chunks(
      companies.map((c) => c.id),
      500,
    )) {
      for (const nameChunk of chunks(names, 4096)) {
        const rows = await selectContactsWithNames(db)
          .where('contacts.company_id', 'in', ids)
          .where('contacts.name_key', 'in', nameChunk)
          .execute();
        collect(rows, (r) => wanted.has(`${r.name_key}|${r.company_key}`));
      }
    }
  }
  return [...found.values()];
}

const live = (db: Db) => selectContactsWithNames(db).where('contacts.deleted_at', 'is', null);

export async function countLiveContacts(db: Db): Promise<number> {
  const { n } = await db
    .selectFrom('contacts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** Every live contact's duplicate-key columns, 20,000 at a time in id order (a load's run reads them once). */
export async function forEachLiveContactKeys(db: Db, fn: (c: ContactKeys) => void): Promise<void> {
  let after = '';
  for (;;) {
    const page = await db
      .selectFrom('contacts')
      .select(['id', 'phone_e164', 'mobile_e164', 'email', 'name_key', 'company_key', 'first_name'])
      .where('id', '>', after)
      .where('deleted_at', 'is', null)
      .orderBy('id')
      .limit(20_000)
      .execute();
    for (const c of page) fn(c);
    if (page.length < 20_000) return;
    after = page.at(-1)!.id;
  }
}
