// `node --import tsx bench/fill-contacts.ts [--db sqlite:bench/results/contacts-1m.db] [--contacts 1000000]`
// A quick benchmark database for the claim benchmark: generated leads (bench/lead-generator, the same people as
// `bench:data`) normalized as the importer does and written with plain INSERTs straight into `contacts` and
// `companies`, secondary indexes dropped during the fill and rebuilt after. Minutes instead of the import's
// much longer run, but no tags table rows, search terms or import timeline events: use `bench:import --db` for
// the read benchmarks. The database must be new (or have no contacts).
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import { sqlitePath } from '../src/db/create-db';
import { newId } from '../src/server/ids';
import { prepareContact } from '../src/server/modules/contacts';
import { generateLeads } from '../src/server/seed/lead-generator';
import { textKey } from '../src/shared/contact-normalize';
import { openBenchDb } from './bench-people';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'sqlite:bench/results/contacts-1m.db' },
    contacts: { type: 'string', default: '1000000' },
  },
});
const count = Number(values.contacts);
const t0 = performance.now();
const ctx = await openBenchDb(values.db!); // creates and migrates
await ctx.close();

const db = new SQLite(sqlitePath(values.db!));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = OFF');
db.pragma('cache_size = -262144');
if ((db.prepare('select count(*) as n from contacts').get() as { n: number }).n > 0)
  throw new Error('the database already has contacts');
const indexes = db
  .prepare(
    `select name, sql from sqlite_master where type = 'index' and tbl_name in ('contacts', 'companies') and sql is not null`,
  )
  .all() as { name: string; sql: string }[];
for (const i of indexes) db.exec(`drop index "${i.name}"`);

const insertCompany = db.prepare(
  `insert into companies (id, name, name_key, industry, equipment, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)`,
);
const columns = [
  'id',
  'first_name',
  'last_name',
  'full_name',
  'name_key',
  'company_id',
  'company_key',
  'title',
  'email',
  'phone',
  'phone_e164',
  'phone_ext',
  'mobile',
  'mobile_e164',
  'city',
  'state',
  'zip',
  'time_zone',
  'status',
  'source',
  'tags',
  'created_at',
  'updated_at',
];
const insertContact = db.prepare(
  `insert into contacts (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
);
const companies = new Map<string, string>();
const base = Date.now() - count * 10; // created_at spread over the past
let n = 0;
const batch = db.transaction((leads: ReturnType<typeof generateLeads>, size: number) => {
  for (let k = 0; k < size; k++) {
    const next = leads.next();
    if (next.done) return;
    const lead = next.value;
    const p = prepareContact({
      firstName: lead.firstName,
      lastName: lead.lastName,
      companyName: lead.companyName,
      title: lead.title,
      email: lead.email,
      phone: lead.phone,
      mobile: lead.mobile,
      city: lead.city,
      state: lead.state,
      zip: lead.zip,
      source: lead.source,
      tags: lead.tags,
    });
    const at = new Date(base + n * 10).toISOString();
    const companyKey = p.companyName ? textKey(p.companyName) : null;
    let companyId: string | null = null;
    if (p.companyName && companyKey) {
      companyId = companies.get(companyKey) ?? null;
      if (!companyId) {
        companyId = newId();
        companies.set(companyKey, companyId);
        insertCompany.run(companyId, p.companyName, companyKey, lead.industry, lead.equipment, at, at);
      }
    }
    const f = p.fields;
    insertContact.run(
      newId(),
      f.first_name,
      f.last_name,
      f.full_name,
      f.name_key,
      companyId,
      companyKey,
      f.title,
      f.email,
      f.phone,
      f.phone_e164,
      f.phone_ext,
      f.mobile,
      f.mobile_e164,
      f.city,
      f.state,
      f.zip,
      f.time_zone,
      'not_called',
      f.source,
      f.tags,
      at,
      at,
    );
    n++;
  }
});
const leads = generateLeads(count, 42);
while (n < count) {
  const before = n;
  batch(leads, 10_000);
  if (n === before) break;
  if (n % 100_000 === 0) console.log(`${n} contacts, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}
for (const i of indexes) db.exec(i.sql);
db.pragma('wal_checkpoint(TRUNCATE)');
db.close();
console.log(
  `${n} contacts, ${companies.size} companies in ${((performance.now() - t0) / 1000).toFixed(1)} s (${indexes.length} indexes rebuilt)`,
);
