// `node --import tsx bench/make-contacts-db.ts [--contacts 1000000] [--out bench/results/contacts-1m-fast.db]`
// A 1M-contact SQLite database in about a minute (the importer takes ~15): the generated leads
// (src/server/seed/lead-generator.ts) normalized as a create would (prepareContact), their companies, all in the
// unassigned pool, written with multi-row INSERTs in 50,000-row transactions. No search terms, tags or timeline
// events: the call and email benchmarks don't read them. The schema is migrated to the latest first.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { newId } from '../src/server/ids';
import { prepareContact } from '../src/server/modules/contacts';
import { generateLeads } from '../src/server/seed/lead-generator';
import { textKey } from '../src/shared/contact-normalize';
import { openBenchDb } from './bench-people';
import { inserter } from './sqlite-inserter';

const { values } = parseArgs({
  options: {
    contacts: { type: 'string', default: '1000000' },
    out: { type: 'string', default: 'bench/results/contacts-1m-fast.db' },
  },
});
const count = Number(values.contacts);
const file = values.out!;
mkdirSync(dirname(file), { recursive: true });
for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) rmSync(f);

const t0 = performance.now();
const migrated = await openBenchDb(`sqlite:${file}`);
await migrated.close();

const db = new Database(file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = OFF');
db.pragma('foreign_keys = OFF');
db.pragma('cache_size = -262144');

const contacts = inserter(db, 'contacts', 100);
const companies = inserter(db, 'companies', 200);
const companyIds = new Map<string, string>();
const at = new Date().toISOString();
const TX = 50_000;
let done = 0;
const gen = generateLeads(count, 7);
const chunk = db.transaction((n: number) => {
  for (let k = 0; k < n; k++) {
    const lead = gen.next().value!;
    const p = prepareContact(lead);
    let companyId: string | null = null;
    const key = p.companyName ? textKey(p.companyName) : null;
    if (p.companyName && key) {
      companyId = companyIds.get(key) ?? null;
      if (!companyId) {
        companyId = newId();
        companyIds.set(key, companyId);
        companies.add({
          id: companyId,
          name: p.companyName,
          name_key: key,
          industry: lead.industry,
          equipment: lead.equipment,
          created_at: at,
          updated_at: at,
          version: 1,
        });
      }
    }
    contacts.add({
      ...p.fields,
      id: newId(),
      company_id: companyId,
      company_key: key,
      status: 'not_called',
      owner_id: null,
      created_at: at,
      updated_at: at,
      version: 1,
      call_attempts: 0,
    });
  }
  contacts.flush();
  companies.flush();
});
while (done < count) {
  const n = Math.min(TX, count - done);
  chunk(n);
  done += n;
  process.stdout.write(
    `\r${done.toLocaleString()} contacts, ${Math.round((performance.now() - t0) / 1000)} s`,
  );
}
db.exec('analyze');
db.pragma('wal_checkpoint(TRUNCATE)');
db.close();
console.log(
  `\n${file}: ${count.toLocaleString()} contacts, ${companyIds.size.toLocaleString()} companies in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
);
