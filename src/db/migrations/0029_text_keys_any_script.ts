import { type Kysely, PostgresAdapter, type RawBuilder, sql } from 'kysely';

// Issue 15: textKey (src/shared/contact-normalize.ts) kept only a-z0-9, so "Газпром" had an empty key and
// "Łódź Trans" the key "odz trans". It now keeps letters and digits of every script. Names with a character
// outside printable ASCII get their keys again under the new rule, so a name typed today finds the company saved
// before: companies.name_key, the contacts' company_key, and contacts.name_key. (The rule is copied: migrations
// import no app code. The old key drops characters the new one keeps, so no two keys become one.)
function textKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}@.+&' -]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

type Row = { id: string; name: string; key: string | null };

async function rekey(
  db: Kysely<unknown>,
  select: (after: string) => RawBuilder<Row>,
  update: (row: Row, key: string) => RawBuilder<unknown>,
): Promise<void> {
  for (let after = ''; ; ) {
    const { rows } = await select(after).execute(db);
    for (const row of rows) {
      const key = textKey(row.name);
      if (key !== row.key) await update(row, key).execute(db);
    }
    const last = rows.at(-1);
    if (!last || rows.length < 500) return;
    after = last.id;
  }
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const nonAscii = (column: string) =>
    pg ? sql`${sql.ref(column)} ~ '[^ -~]'` : sql`${sql.ref(column)} glob '*[^ -~]*'`;
  await rekey(
    db,
    (after) => sql<Row>`select id, name, name_key as key from companies
      where ${nonAscii('name')} and id > ${after} order by id limit 500`,
    (row, key) => sql`update companies set name_key = ${key} where id = ${row.id}`,
  );
  await rekey(
    db,
    (after) => sql<Row>`select c.id, co.name, c.company_key as key from contacts c
      join companies co on co.id = c.company_id
      where ${nonAscii('co.name')} and c.id > ${after} order by c.id limit 500`,
    (row, key) => sql`update contacts set company_key = ${key} where id = ${row.id}`,
  );
  await rekey(
    db,
    (after) => sql<Row>`select id, full_name as name, name_key as key from contacts
      where ${nonAscii('full_name')} and id > ${after} order by id limit 500`,
    (row, key) => sql`update contacts set name_key = ${key} where id = ${row.id}`,
  );
}

export async function down(): Promise<void> {
  // The keys stay as they are: the old rule's keys are what made the names unfindable.
}
