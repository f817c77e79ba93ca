// `node --import tsx bench/call-bench.ts [--db sqlite:bench/results/contacts-1m-fast.db|postgres://…]
//   [--runs 200] [--reps 50] [--connections 50] [--seconds 10]`   (after `npm run build`: it starts the bundled server)
// Issue 5 at 1M contacts. (1) `GET /api/call-list` for a rep with 300 open leads — overdue callbacks, callbacks
// due later today, callbacks for later days, never called, retries due and retries still cooling down — through
// buildApp + app.inject, sequentially, p50/p95/max. (2) `POST /api/contacts/:id/calls` with autocannon against
// the server in its own process: the other reps each log calls on their own leads (mixed outcomes, callbacks with
// a time, no contactVersion so nothing 409s); p95 from every response's latency. Everything the bench reps did is
// undone at the end (and at the start, after a crashed run).
import { parseArgs } from 'node:util';
import type autocannon from 'autocannon';
import { buildApp } from '../src/server/app';
import { newId } from '../src/server/ids';
import { benchPeople, openBenchDb, percentile } from './bench-people';
import { loadWithLatencies, undoBenchReps as undo } from './call-bench-support';
import { cpuSeconds, startLowboy, stop } from './server-process';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'sqlite:bench/results/contacts-1m-fast.db' },
    runs: { type: 'string', default: '200' },
    reps: { type: 'string', default: '50' },
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '10' },
  },
});
const dbUrl = values.db!;
const [runs, repCount, connections, seconds] = [
  values.runs,
  values.reps,
  values.connections,
  values.seconds,
].map(Number) as [number, number, number, number];
const H = 3_600_000;

const ctx = await openBenchDb(dbUrl);
const { reps } = await benchPeople(ctx, repCount);
const repIds = reps.map((r) => r.id);
await undo(ctx, repIds);
const now = Date.now();
const iso = (ms: number) => new Date(ms).toISOString();

/** Gives the rep `n` unassigned never-called leads of its territory (topped up from anywhere). */
async function assign(repId: string, states: string[], n: number): Promise<string[]> {
  const free = () => ctx.db.selectFrom('contacts').select('id').where('owner_id', 'is', null);
  let ids = (
    await free().where('state', 'in', states).where('status', '=', 'not_called').limit(n).execute()
  ).map((r) => r.id);
  if (ids.length < n)
    ids = ids.concat(
      (
        await free()
          .limit(n - ids.length)
          .execute()
      ).map((r) => r.id),
    );
  for (let i = 0; i < ids.length; i += 500)
    await ctx.db
      .updateTable('contacts')
      .set({ owner_id: repId, claimed_at: iso(now - 72 * H), owner_touched_at: iso(now - 72 * H) })
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
  return ids;
}

// The list rep's 300: [count, status, attempts, last call (h ago), open task due (h from now)].
const listRep = reps[0]!;
const mix: [number, string, number, number | null, number | null][] = [
  [30, 'callback', 1, 30, -20], // overdue callbacks
  [30, 'callback', 1, 26, 1], // due later today (org day permitting)
  [20, 'callback', 1, 5, 40], // callbacks on a later day: not on today's list
  [120, 'not_called', 0, null, null], // never called
  [80, 'no_answer', 3, 50, null], // retries after the cool-down
  [20, 'left_voicemail', 2, 3, null], // still cooling down
];
const listIds = await assign(listRep.id, listRep.states, 300);
let k = 0;
for (const [n, status, attempts, callH, dueH] of mix) {
  const ids = listIds.slice(k, k + n);
  k += n;
  if (callH === null) continue;
  const calledAt = iso(now - callH * H);
  await ctx.db
    .updateTable('contacts')
    .set({ status, call_attempts: attempts, last_call_at: calledAt, last_activity_at: calledAt })
    .where('id', 'in', ids)
    .execute();
  const calls = ids.map((id) => ({
    id: newId(),
    contact_id: id,
    rep_id: listRep.id,
    outcome: status,
    notes: 'Bench call',
    duration_sec: 40,
    follow_up_at: dueH === null ? null : iso(now + dueH * H),
    called_at: calledAt,
  }));
  await ctx.db.insertInto('calls').values(calls).execute();
  if (dueH !== null)
    await ctx.db
      .insertInto('tasks')
      .values(
        calls.map((c) => ({
          id: newId(),
          kind: 'callback' as const,
          status: 'open' as const,
          contact_id: c.contact_id,
          owner_id: listRep.id,
          call_id: c.id,
          due_at: c.follow_up_at!,
          note: null,
          completed_at: null,
          created_by: listRep.id,
          created_at: calledAt,
          updated_at: calledAt,
          version: 1,
        })),
      )
      .execute();
}

// (1) The call list, in process.
const app = await buildApp(ctx, { logger: false });
let groups = '';
const groupNames = ['overdue', 'due_today', 'new', 'retry'];
const ms: number[] = [];
for (let i = 0; i < runs + 3; i++) {
  const t0 = performance.now();
  const res = await app.inject({ method: 'GET', url: '/api/call-list', headers: { cookie: listRep.cookie } });
  if (i >= 3) ms.push(performance.now() - t0);
  if (res.statusCode !== 200) throw new Error(`call list: ${res.statusCode} ${res.body.slice(0, 300)}`);
  const body = res.json() as { items: { group: string }[]; heldBack: { group: string }[] };
  const all = [...body.items, ...body.heldBack];
  const counts = groupNames.map((g) => `${all.filter((x) => x.group === g).length} ${g}`).join(', ');
  groups = `${body.items.length} open + ${body.heldBack.length} held back: ${counts}`;
}
ms.sort((a, b) => a - b);
await app.close();

// (2) Logging calls: every other rep on its own 200 leads, interleaved so concurrent calls come from many reps.
const perRep = 200;
const queues: { id: string; cookie: string }[][] = [];
for (const r of reps.slice(1))
  queues.push((await assign(r.id, r.states, perRep)).map((id) => ({ id, cookie: r.cookie })));
const work: { id: string; cookie: string }[] = [];
for (let j = 0; j < perRep; j++) for (const q of queues) if (q[j]) work.push(q[j]!);
await ctx.close();

const outcomes = ['no_answer', 'left_voicemail', 'interested', 'no_answer', 'not_interested', 'callback'];
const { child, url } = await startLowboy(['serve'], { DATABASE_URL: dbUrl });
const lat: number[] = [];
let next = 0;
let result: autocannon.Result;
let cpuUs = Number.NaN;
const load1 = (await import('node:os')).loadavg()[0]!.toFixed(2);
try {
  const options: autocannon.Options = {
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const n = next++;
          const w = work[n % work.length]!;
          const outcome = outcomes[n % outcomes.length]!;
          const body = { outcome, notes: 'Talked to dispatch; call back', durationSec: 30 + (n % 300) };
          const followUpAt = outcome === 'callback' ? iso(Date.now() + 30 * H) : undefined;
          return {
            ...req,
            path: `/api/contacts/${w.id}/calls`,
            headers: { ...req.headers, cookie: w.cookie, 'content-type': 'application/json' },
            body: JSON.stringify({ ...body, followUpAt }),
          };
        },
      },
    ],
  };
  const cpu0 = cpuSeconds(child.pid);
  result = await loadWithLatencies(options, lat);
  cpuUs = Math.round(((cpuSeconds(child.pid) - cpu0) * 1e6) / result['2xx']);
} finally {
  await stop(child);
}
lat.sort((a, b) => a - b);

const reset = await openBenchDb(dbUrl);
const released = await undo(reset, repIds);
await reset.close();

const dialect = dbUrl.startsWith('postgres') ? 'PostgreSQL' : 'SQLite';
const f = (x: number) => x.toFixed(1).padStart(6);
console.log(`
Calls — ${new Date().toISOString()}, node ${process.version}, ${dialect}, ${dbUrl}
  GET /api/call-list, 300 open leads (${groups}), ${runs} runs
    p50 ${f(percentile(ms, 50))} ms  p95 ${f(percentile(ms, 95))} ms  max ${f(ms.at(-1)!)} ms   [target p95 ≤ 50 ms]
  POST /api/contacts/:id/calls, ${repCount - 1} reps, ${work.length} distinct leads, ${connections} connections, ${seconds} s
    ${Math.round(result.requests.average)}/s  p50 ${f(percentile(lat, 50))} ms  p95 ${f(percentile(lat, 95))} ms  p99 ${f(percentile(lat, 99))} ms   [target p95 ≤ 25 ms]
    (${result['2xx']} 2xx, ${result.non2xx} non-2xx, ${result.errors} errors; ${next > work.length ? 'some leads called twice' : 'each lead called once'}; ${released} leads released afterwards)
    server CPU (user + system) ${cpuUs} µs a call; load average (1 min) at the start ${load1}`);
