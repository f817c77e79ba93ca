// `node --import tsx bench/claim-throughput.ts [--db sqlite:bench/results/contacts-1m.db|postgres://…]
//   [--reps 200] [--connections 50] [--seconds 10]`   (after `npm run build`: it starts the bundled server)
// Issue 4: claims/s and latency of `POST /api/contacts/:id/claim` at 1M contacts. Many reps, each signed in,
// each claiming distinct unassigned leads of their own territory (so every claim should win: 200), against the
// server in its own process; then, in the same run, the bare conditional UPDATE behind a bare Fastify route
// (bench/bare-claim-server.ts). At the end the bench reps' leads go back to the pool, so the run can be repeated.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { benchPeople, DEFAULT_DB, openBenchDb } from './bench-people';
import { forgetFirstTimes } from './forget-first-times';
import { cpuSeconds, ROOT, startLowboy, stop } from './server-process';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: DEFAULT_DB },
    reps: { type: 'string', default: '200' },
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '10' },
  },
});
const dbUrl = values.db!;
const [repCount, connections, seconds] = [values.reps, values.connections, values.seconds].map(Number) as [
  number,
  number,
  number,
];

const ctx = await openBenchDb(dbUrl);
// PostgreSQL: every run leaves tens of thousands of dead tuples (claimed, then released by the reset below) and
// stale statistics; without a vacuum the planner counted a rep's open leads through the wrong index (40 ms).
if (dbUrl.startsWith('postgres')) await sql`vacuum analyze contacts, timeline_events`.execute(ctx.db);
const { reps } = await benchPeople(ctx, repCount);
const repIds = reps.map((r) => r.id);
const freeIn = (state: string, limit: number) =>
  sql<{
    id: string;
  }>`select id from contacts where owner_id is null and deleted_at is null and state = ${state}
    and status = 'not_called' order by id limit ${limit}`.execute(ctx.db);

// Each rep claims leads of the first state of its territory; reps sharing that state get disjoint slices.
const perRep = 500;
const byState = new Map<string, typeof reps>();
for (const r of reps) byState.set(r.states[0]!, [...(byState.get(r.states[0]!) ?? []), r]);
const queues: { id: string; cookie: string }[][] = [];
for (const [state, group] of byState) {
  const ids = (await freeIn(state, perRep * group.length)).rows.map((r) => r.id);
  group.forEach((rep, g) => {
    queues.push(ids.slice(g * perRep, (g + 1) * perRep).map((id) => ({ id, cookie: rep.cookie })));
  });
}
// Interleave the reps so that concurrent requests come from different people.
const claims: { id: string; cookie: string }[] = [];
for (let k = 0; k < perRep; k++) for (const q of queues) if (q[k]) claims.push(q[k]!);
await ctx.close();

type Result = {
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  non2xx: number;
  errors: number;
  /** Server CPU (user + system) per 2xx response, µs. */
  cpuUs?: number;
};
function load(url: string, nextPath: () => { path: string; cookie?: string }): Promise<Result> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections,
        duration: seconds,
        requests: [
          {
            method: 'POST',
            setupRequest: (req) => {
              const { path, cookie } = nextPath();
              return { ...req, path, headers: { ...req.headers, ...(cookie ? { cookie } : {}) } };
            },
          },
        ],
      },
      (err, r) =>
        err
          ? reject(err)
          : resolve({
              rps: Math.round(r.requests.average),
              p50: r.latency.p50,
              p99: r.latency.p99,
              ok: r['2xx'],
              non2xx: r.non2xx,
              errors: r.errors,
            }),
    );
  });
}

// Put everything back: the bench reps' leads to the pool, their claim events gone. Also between the two runs, so
// the bare route claims the very same leads in the same order (same pages, same index positions: a fair floor).
async function resetClaims(): Promise<number> {
  const reset = await openBenchDb(dbUrl);
  await forgetFirstTimes(reset.db, repIds, ['claimed']);
  const released = await reset.db
    .updateTable('contacts')
    .set({ owner_id: null, claimed_at: null, owner_touched_at: null })
    .where('owner_id', 'in', repIds)
    .executeTakeFirst();
  await reset.db.deleteFrom('timeline_events').where('actor_id', 'in', repIds).execute();
  await reset.close();
  return Number(released.numUpdatedRows);
}
const load1 = (await import('node:os')).loadavg()[0]!.toFixed(2);

// Lowboy: the real route, the real server process.
let next = 0;
const { child, url } = await startLowboy(['serve'], { DATABASE_URL: dbUrl });
let lowboy: Result;
try {
  const cpu0 = cpuSeconds(child.pid);
  lowboy = await load(url, () => {
    const c = claims[next++ % claims.length]!;
    return { path: `/api/contacts/${c.id}/claim`, cookie: c.cookie };
  });
  lowboy.cpuUs = Math.round(((cpuSeconds(child.pid) - cpu0) * 1e6) / lowboy.ok);
} finally {
  await stop(child);
}
const releasedBetween = await resetClaims();

// Bare: the conditional UPDATE alone, same database, same connection budget.
const port = String(40000 + Math.floor(Math.random() * 10000));
const bare = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/bare-claim-server.ts')], {
  env: { ...process.env, PORT: port, DATABASE_URL: dbUrl, OWNER_ID: repIds[0]! },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((r) => bare.stdout?.once('data', r));
let bareNext = 0;
let bareResult: Result;
try {
  const cpu0 = cpuSeconds(bare.pid);
  bareResult = await load(`http://127.0.0.1:${port}`, () => ({
    path: `/bare-claim/${claims[bareNext++ % claims.length]!.id}`,
  }));
  bareResult.cpuUs = Math.round(((cpuSeconds(bare.pid) - cpu0) * 1e6) / bareResult.ok);
} finally {
  await stop(bare);
}

const released = await resetClaims();

const dialect = dbUrl.startsWith('postgres') ? 'PostgreSQL' : 'SQLite';
const row = (name: string, r: Result) =>
  `  ${name.padEnd(46)} ${String(r.rps).padStart(6)}/s  p50 ${String(r.p50).padStart(3)} ms  p99 ${String(r.p99).padStart(3)} ms  (${r.ok} ok, ${r.non2xx} non-2xx, ${r.errors} errors; server CPU ${r.cpuUs} µs/claim)`;
console.log(`
Claim throughput — ${new Date().toISOString()}, node ${process.version}, ${dialect}, ${repCount} reps, ${connections} connections, ${seconds} s
  (${claims.length} distinct (rep, lead) pairs prepared, the same lead ids in the same order for both routes;
   ${releasedBetween} + ${released} leads released after each; load average (1 min) at the start ${load1})
${row('POST /api/contacts/:id/claim (Lowboy)', lowboy)}   [target ≥ 3000/s, p99 ≤ 25 ms]
${row('bare conditional UPDATE, bare Fastify route', bareResult)}
  ratio Lowboy ÷ bare: ${(lowboy.rps / bareResult.rps).toFixed(2)}`);
