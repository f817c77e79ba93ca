// `node --import tsx bench/trigger-cost.ts --db path/to/copy.db [--ops 3000] [--group 10] [--rounds 3]`
// What the report roll-up triggers cost a claim and a logged call, in SQLite alone (no HTTP, no server): the
// writes of each path (claim: the contact UPDATE and its `contact.claimed` event; call: the contact UPDATE, the
// call and its `call.logged` event) on fresh never-called unowned leads, in transactions of --group operations
// (as the server's group commit), with the triggers as they are and with some dropped (variants alternated over
// --rounds). Prints µs per operation (wall and CPU). WRITES TO THE DATABASE: give it a copy.
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import { triggers as rollupTriggers } from '../src/db/migrations/0025-rollup-triggers';
import { triggers as firstTimeTriggers } from '../src/db/migrations/0026-first-times-triggers';
import { newId } from '../src/server/ids';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    ops: { type: 'string', default: '3000' },
    group: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    path: { type: 'string', default: 'both' },
  },
});
const [ops, group, rounds] = [values.ops, values.group, values.rounds].map(Number) as [
  number,
  number,
  number,
];
const db = new SQLite(values.db!);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.pragma('cache_size = -131072');
db.pragma('temp_store = MEMORY');

const triggerSql = new Map(
  (
    db.prepare(`select name, sql from sqlite_master where type = 'trigger'`).all() as {
      name: string;
      sql: string;
    }[]
  ).map((t) => [t.name, t.sql]),
);
const reps = (db.prepare(`select id from users order by id limit 6`).all() as { id: string }[]).map(
  (r) => r.id,
);
const leads = (
  db
    .prepare(
      `select id, company_id from contacts where owner_id is null and deleted_at is null and status = 'not_called'
        and first_call_at is null order by random() limit ?`,
    )
    .all(ops * rounds * 8 * 2) as { id: string; company_id: string | null }[]
).reverse();

// 0026's services also set the first times in their own UPDATE (src/db/first-times.ts); the trigger then finds
// nothing to move.
const old = triggerSql.has('milestones_rollup_insert'); // 0025's schema (before 0026)
const reach = (step: string, when = '1 = 1') => {
  const earlier = `(${when}) and (first_${step}_at is null or first_${step}_at > @at)`;
  return `, first_${step}_at = case when ${earlier} then @at else first_${step}_at end,
    first_${step}_by = case when ${earlier} then @rep else first_${step}_by end`;
};
const claim = db.prepare(`update contacts set owner_id = @rep, claimed_at = @at, owner_touched_at = @at,
  expiry_notice_at = null, updated_at = @at, updated_by = @rep, version = version + 1 ${old ? '' : reach('claimed')}
  where id = @id and owner_id is null and deleted_at is null`);
const event =
  db.prepare(`insert into timeline_events (id, kind, contact_id, company_id, actor_id, data, occurred_at)
  values (?, ?, ?, ?, ?, ?, ?)`);
const callReach = old
  ? ''
  : reach('contacted') +
    reach('connected', `@status in ('interested', 'callback', 'not_interested', 'do_not_call')`) +
    reach('interested', `@status = 'interested'`);
const applyCall = db.prepare(`update contacts set status = @status, call_attempts = call_attempts + 1,
  last_call_at = @at, last_activity_at = @at, lease_user_id = null, lease_expires_at = null, updated_at = @at,
  updated_by = @rep, version = version + 1 ${callReach} where id = @id and deleted_at is null`);
const insertCall =
  db.prepare(`insert into calls (id, contact_id, rep_id, outcome, notes, duration_sec, follow_up_at,
  called_at) values (?, ?, ?, ?, 'Talked to dispatch; call back', 42, null, ?)`);
const outcomes = [
  'no_answer',
  'voicemail',
  'callback',
  'not_interested',
  'interested',
  'no_answer',
  'wrong_number',
];

let t = Date.parse('2026-11-24T15:00:00.000Z');
const at = () => {
  t += 37;
  return new Date(t).toISOString();
};

const paths = {
  claim: (lead: { id: string; company_id: string | null }, i: number) => {
    const rep = reps[i % reps.length]!;
    const now = at();
    claim.run({ rep, at: now, id: lead.id });
    event.run(newId(), 'contact.claimed', lead.id, lead.company_id, rep, null, now);
  },
  // Each lead called twice (the call bench calls a lead ~2.5 times): first calls and repeat calls.
  call: (lead: { id: string; company_id: string | null }, i: number) => {
    const rep = reps[i % reps.length]!;
    for (const k of [0, 1]) {
      const now = at();
      const outcome = outcomes[(i + k) % outcomes.length]!;
      applyCall.run({ status: outcome, at: now, rep, id: lead.id });
      insertCall.run(newId(), lead.id, rep, outcome, now);
      event.run(newId(), 'call.logged', lead.id, lead.company_id, rep, '{}', now);
    }
  },
};

/** Variants: trigger names dropped for the run (restored after); `name+body` lines stand in for a dropped one. */
const callsTrigger = (old ? rollupTriggers(false) : firstTimeTriggers(false)).find(
  (t) => t.name === 'calls_rollup_insert',
)!;
const withBody = (keep: number[]) =>
  `create trigger calls_rollup_insert after insert on calls for each row begin
    ${callsTrigger.body
      .filter((_, i) => keep.includes(i))
      .map((b) => `${b};`)
      .join('\n')} end`;
// Both schemas: call_days, call_hours, first_call_at, then the first times (0025: three milestone upserts; 0026:
// one UPDATE of the contact).
const subsets: Record<string, string[]> = {
  'calls: call_days only': ['calls_rollup_insert', withBody([0])],
  'calls: call_hours only': ['calls_rollup_insert', withBody([1])],
  'calls: first_call_at only': ['calls_rollup_insert', withBody([2])],
  'calls: first times only': ['calls_rollup_insert', withBody([3, 4, 5])],
};
const variants: Record<string, Record<string, string[]>> = {
  claim: {
    all: [],
    'no claims_milestone': ['claims_milestone'],
    'no contacts_rollup_update': ['contacts_rollup_update'],
    'no contacts_funnel_claimed': ['contacts_funnel_claimed'],
    none: [...triggerSql.keys()],
  },
  call: {
    all: [],
    'no calls_rollup_insert': ['calls_rollup_insert'],
    'no contacts_rollup_update': ['contacts_rollup_update'],
    'no funnel triggers': [...triggerSql.keys()].filter(
      (n) => n.startsWith('milestones_rollup') || n.startsWith('contacts_funnel'),
    ),
    none: [...triggerSql.keys()],
    ...subsets,
  },
};
for (const spec of Object.values(variants))
  for (const [name, drop] of Object.entries(spec))
    spec[name] = drop.filter((d) => triggerSql.has(d) || d.startsWith('create '));

/** Puts every trigger back as it was (also after a failure: the copy stays usable). */
function restoreTriggers() {
  const now = new Map(
    (
      db.prepare(`select name, sql from sqlite_master where type = 'trigger'`).all() as {
        name: string;
        sql: string;
      }[]
    ).map((t) => [t.name, t.sql]),
  );
  for (const [name, text] of triggerSql)
    if (now.get(name) !== text) {
      if (now.has(name)) db.exec(`drop trigger ${name}`);
      db.exec(text);
    }
}
process.on('exit', () => db.open && restoreTriggers());

const results = new Map<string, { wall: number[]; cpu: number[] }>();
let next = 0;
for (let round = 0; round < rounds; round++)
  for (const [path, spec] of Object.entries(variants)) {
    if (values.path !== 'both' && values.path !== path) continue;
    for (const [name, drop] of Object.entries(spec)) {
      for (const d of drop) db.exec(d.startsWith('create ') ? d : `drop trigger ${d}`);
      const run = paths[path as keyof typeof paths];
      const mine = leads.slice(next, next + ops);
      next += ops;
      const c0 = process.cpuUsage();
      const w0 = performance.now();
      for (let i = 0; i < mine.length; i += group) {
        db.exec('begin immediate');
        for (let j = i; j < Math.min(i + group, mine.length); j++) run(mine[j]!, j);
        db.exec('commit');
      }
      const wall = ((performance.now() - w0) * 1000) / mine.length;
      const c = process.cpuUsage(c0);
      const cpu = (c.user + c.system) / mine.length;
      restoreTriggers();
      db.pragma('wal_checkpoint(TRUNCATE)');
      const key = `${path}: ${name}`;
      const r = results.get(key) ?? { wall: [], cpu: [] };
      r.wall.push(wall);
      r.cpu.push(cpu);
      results.set(key, r);
    }
  }
const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0).padStart(5)).join(' ');
console.log(
  `µs per ${'operation'} (a call op = two calls on one lead), ${ops} ops × ${rounds} rounds, group ${group}`,
);
for (const [key, r] of results) console.log(`${key.padEnd(40)} wall ${fmt(r.wall)}   cpu ${fmt(r.cpu)}`);
restoreTriggers();
db.close();
