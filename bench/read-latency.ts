// `node --import tsx bench/read-latency.ts [--db sqlite:bench/results/contacts-1m.db|postgres://…] [--runs 30]`
// Issue 3 and 4 read paths at 1M contacts, through the real HTTP stack (buildApp + app.inject, sequential):
// the contact list with one filter + sort, search-as-you-type, a contact page with its timeline, and the
// territory metrics. Each figure varies its parameter across runs (states, prefixes, ids); p50 / p95 / max.
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { databaseName } from '../src/db/capabilities';
import { buildApp } from '../src/server/app';
import { tagPool } from '../src/server/seed/lead-data';
import { benchPeople, DEFAULT_DB, openBenchDb, percentile } from './bench-people';

const { values } = parseArgs({
  options: { db: { type: 'string', default: DEFAULT_DB }, runs: { type: 'string', default: '30' } },
});
const runs = Number(values.runs);
const ctx = await openBenchDb(values.db!);
const { manager, reps } = await benchPeople(ctx, 5);
const app = await buildApp(ctx, { logger: false });

// The app never runs ANALYZE; a database made by bench/make-contacts-db.ts did, when every lead was `not_called`,
// and those statistics make SQLite scan for a status filter (decision 022). Read as the app would.
if (databaseName(ctx.db) === 'sqlite') {
  const stats = await sql<{
    n: number;
  }>`select count(*) as n from sqlite_master where name = 'sqlite_stat1'`.execute(ctx.db);
  if (Number(stats.rows[0]?.n)) {
    await sql`delete from sqlite_stat1`.execute(ctx.db);
    await sql`analyze sqlite_schema`.execute(ctx.db); // reloads the (now empty) statistics into the planner
  }
}

// After an import every lead is `not_called`; give ~6% a worked status so a status filter has something to find.
const worked = await sql<{
  n: number;
}>`select count(*) as n from contacts where status <> 'not_called'`.execute(ctx.db);
if (Number(worked.rows[0]?.n) === 0) {
  const pick = databaseName(ctx.db) === 'postgres' ? sql`random() < 0.06` : sql`abs(random()) % 100 < 6`;
  await sql`update contacts set status = case when length(id) % 2 = 0 then 'interested' else 'callback' end where ${pick}`.execute(
    ctx.db,
  );
}
const contactCount = Number(
  (await sql<{ n: number }>`select count(*) as n from contacts`.execute(ctx.db)).rows[0]?.n,
);

async function get(url: string, cookie: string): Promise<unknown> {
  const res = await app.inject({ method: 'GET', url, headers: { cookie } });
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
  return res.json();
}

type Figure = { name: string; target: number; p50: number; p95: number; max: number };
const figures: Figure[] = [];

/** Runs `once(i)` 3 times to warm up, then `runs` times; records the latency of each run. */
async function measure(name: string, target: number, once: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await once(runs + i);
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await once(i);
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const f = { name, target, p50: percentile(ms, 50), p95: percentile(ms, 95), max: ms.at(-1)! };
  figures.push(f);
  console.error(`  ${name}: p95 ${f.p95.toFixed(1)} ms`);
}

const states = ['TX', 'CA', 'FL', 'IL', 'OH', 'PA', 'GA', 'LA', 'NY', 'MI', 'WA', 'AZ', 'NJ', 'OK', 'ND'];
const pick = <T>(xs: readonly T[], i: number) => xs[i % xs.length]!;
const seenIds: string[] = [];
type Page = {
  items: { id: string; lastName: string | null; company: { name: string } | null; phone: string | null }[];
};
const list = async (query: string, cookie = manager.cookie) => {
  const page = (await get(`/api/contacts?${query}`, cookie)) as Page;
  for (const c of page.items.slice(0, 3)) seenIds.push(c.id);
  return page;
};

await measure('list: state=X, sort name', 100, (i) => list(`state=${pick(states, i)}&sort=name`));
await measure('list: state=X, sort updated desc', 100, (i) =>
  list(`state=${pick(states, i)}&sort=updated&dir=desc`),
);
await measure('list: status=interested|callback, sort name', 100, (i) =>
  list(`status=${i % 2 ? 'interested' : 'callback'}&sort=name`),
);
await measure('list: status=not_called (most rows), sort name', 100, () =>
  list('status=not_called&sort=name'),
);
await measure('list: owner=none, sort name', 100, () => list('owner=none&sort=name'));
await measure('list: tag=T, sort name', 100, (i) =>
  list(`tag=${encodeURIComponent(pick(tagPool, i))}&sort=name`),
);
await measure('list: hasEmail=true, sort name', 100, () => list('hasEmail=true&sort=name'));
await measure('list: rep default view (own + pool of 3 states)', 100, (i) =>
  list('sort=name', reps[i % reps.length]!.cookie),
);

// Search terms drawn from contacts the lists returned: name and company prefixes, phone digits.
const sample = (await list('sort=company&limit=200')).items.concat(
  (await list('state=TX&sort=created&dir=desc&limit=200')).items,
);
const lastNames = sample.map((c) => c.lastName).filter((s): s is string => Boolean(s));
const companies = sample.map((c) => c.company?.name).filter((s): s is string => Boolean(s));
const phones = sample.map((c) => c.phone?.replace(/\D/g, '')).filter((s): s is string => Boolean(s));
const search = (q: string) => get(`/api/search?q=${encodeURIComponent(q)}&limit=8`, manager.cookie);
await measure('search: name prefix (3 letters)', 50, (i) => search(pick(lastNames, i * 7).slice(0, 3)));
await measure('search: name prefix (2 letters)', 50, (i) => search(pick(lastNames, i * 7).slice(0, 2)));
await measure('search: company prefix (first word, 4 letters)', 50, (i) =>
  search(pick(companies, i * 5).slice(0, 4)),
);
await measure('search: company two words', 50, (i) =>
  search(
    pick(companies, i * 5)
      .split(' ')
      .slice(0, 2)
      .join(' '),
  ),
);
await measure('search: phone area code + 3 digits', 50, (i) => search(pick(phones, i * 3).slice(-10, -4)));
await measure('search: phone last 4 digits', 50, (i) => search(pick(phones, i * 3).slice(-4)));
await measure('search: rep, name prefix (3 letters)', 50, (i) =>
  get(`/api/search?q=${pick(lastNames, i * 11).slice(0, 3)}`, pick(reps, i).cookie),
);

await measure('contact page: contact + timeline (parallel)', 100, (i) => {
  const id = pick(seenIds, i * 13);
  return Promise.all([
    get(`/api/contacts/${id}`, manager.cookie),
    get(`/api/contacts/${id}/timeline`, manager.cookie),
  ]);
});

await measure('territory metrics (51 states)', 300, () => get('/api/territories/metrics', manager.cookie));

await app.close();
await ctx.close();
const f = (n: number) => n.toFixed(1).padStart(7);
console.log(
  `\nRead latency — ${new Date().toISOString()}, node ${process.version}, ${databaseName(ctx.db)}, ${contactCount.toLocaleString('en-US')} contacts, ${runs} runs each (app.inject, sequential)`,
);
console.log(`  ${'figure'.padEnd(50)}     p50     p95     max  target   ok`);
for (const x of figures) {
  const ok = x.p95 <= x.target ? 'yes' : 'MISS';
  console.log(
    `  ${x.name.padEnd(50)} ${f(x.p50)} ${f(x.p95)} ${f(x.max)} ${String(x.target).padStart(7)} ${ok.padStart(4)}`,
  );
}
