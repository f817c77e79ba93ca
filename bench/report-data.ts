// `node --import tsx bench/report-data.ts [--db bench/results/contacts-1m-fast.db] [--claims 500000]`
// Issue 7's data: a year of a team's history on the 1M-contact database of bench/make-contacts-db.ts — 6 reps
// (each a sixth of the states) and a manager (bench/bench-people.ts), claims, calls with outcomes, emails with
// their delivery events, and 50,000 deals moving through the stages: ~5M timeline events over 12 months, in the
// row shapes the services write (leads/claim-repo, calls/log-call, email/send + events + inbound, deals/service
// + stage). Written with multi-row INSERTs in big transactions; tasks, audit entries and provider event rows
// are left out (no report reads them). Secondary indexes are dropped during the load and rebuilt. Run once on a
// fresh database: it does not undo itself.
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { newId } from '../src/server/ids';
import { replaceRepStates } from '../src/server/modules/territories';
import { stateCodes } from '../src/shared/us-states';
import { benchPeople, openBenchDb } from './bench-people';
import { inserter } from './sqlite-inserter';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'bench/results/contacts-1m-fast.db' },
    claims: { type: 'string', default: '500000' },
    deals: { type: 'string', default: '50000' },
  },
});
const file = values.db!;
const claimCount = Number(values.claims);
const dealCount = Number(values.deals);
const DAY = 86_400_000;
const NOW = Date.now();
const START = NOW - 365 * DAY;
const t0 = performance.now();
const log = (s: string) => console.log(`${((performance.now() - t0) / 1000).toFixed(0)} s  ${s}`);

// The people, each rep with every sixth state, so all leads are in someone's territory.
const ctx = await openBenchDb(`sqlite:${file}`);
const { manager, reps } = await benchPeople(ctx, 6);
for (const [i, r] of reps.entries())
  await replaceRepStates(
    ctx.db,
    r.id,
    stateCodes.filter((_, k) => k % 6 === i),
    new Date(START).toISOString(),
    manager.id,
  );
await ctx.close();
const repOfState = new Map<string, (typeof reps)[number]>(stateCodes.map((s, k) => [s, reps[k % 6]!]));
const repName = new Map(reps.map((r, i) => [r.id, `Bench Rep ${i}`]));

const db = new Database(file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = OFF');
db.pragma('cache_size = -262144');

// A seeded generator: the same data every time.
let seed = 42;
const rnd = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)] as T;
const iso = (ms: number) => new Date(ms).toISOString();
/** A moment in US business hours (14–23 UTC) on the day of `ms`, at least `ms`. */
const workTime = (ms: number) => {
  const d = new Date(ms);
  d.setUTCHours(
    14 + Math.floor(rnd() * 9),
    Math.floor(rnd() * 60),
    Math.floor(rnd() * 60),
    Math.floor(rnd() * 1000),
  );
  return Math.max(d.getTime(), ms);
};

// Secondary indexes are dropped for the load and rebuilt after it (far faster than random B-tree inserts).
const tables = ['contacts', 'calls', 'email_messages', 'deals', 'timeline_events'];
const indexes = db
  .prepare(
    `select name, sql from sqlite_master where type = 'index' and sql is not null
      and tbl_name in (${tables.map(() => '?').join(',')})`,
  )
  .all(...tables) as { name: string; sql: string }[];
for (const i of indexes) db.exec(`drop index ${i.name}`);

// Leads existed before the year began (the fast database stamps them with the time it was made).
db.prepare('update contacts set created_at = ?, updated_at = ?').run(
  iso(START - 30 * DAY),
  iso(START - 30 * DAY),
);
log('contacts dated');

const leads = db
  .prepare('select id, state, company_id, full_name, email from contacts where state is not null')
  .all() as {
  id: string;
  state: string;
  company_id: string | null;
  full_name: string;
  email: string | null;
}[];
for (let i = leads.length - 1; i > 0; i--) {
  const j = Math.floor(rnd() * (i + 1));
  [leads[i], leads[j]] = [leads[j]!, leads[i]!];
}
const claimed = leads.slice(0, claimCount);

const events = inserter(db, 'timeline_events', 500);
const calls = inserter(db, 'calls', 500);
const emails = inserter(db, 'email_messages', 100);
const deals = inserter(db, 'deals', 200);
const event = (
  kind: string,
  at: number,
  c: (typeof leads)[number],
  actorId: string | null,
  data: object,
  dealId?: string,
) =>
  events.add({
    id: newId(),
    kind,
    contact_id: c.id,
    company_id: c.company_id,
    deal_id: dealId ?? null,
    actor_id: actorId,
    data: JSON.stringify(data),
    occurred_at: iso(at),
  });
const updateLead =
  db.prepare(`update contacts set owner_id = ?, claimed_at = ?, owner_touched_at = ?, status = ?,
  call_attempts = ?, last_call_at = ?, last_activity_at = ?, updated_at = ?, updated_by = ?, version = version + 1
  where id = ?`);

// Outcome weights per call; a closing outcome ends the calling.
const outcomes: [string, number][] = [
  ['no_answer', 0.5],
  ['left_voicemail', 0.27],
  ['interested', 0.04],
  ['callback', 0.12],
  ['not_interested', 0.05],
  ['wrong_number', 0.015],
  ['do_not_call', 0.005],
];
const outcome = () => {
  let x = rnd();
  for (const [o, w] of outcomes) {
    x -= w;
    if (x < 0) return o;
  }
  return 'no_answer';
};
const closing = new Set(['not_interested', 'wrong_number', 'do_not_call']);
const interestedAt: { lead: (typeof leads)[number]; rep: string; at: number }[] = [];
let callTotal = 0;
let emailTotal = 0;

const work = db.transaction((batch: typeof claimed) => {
  for (const c of batch) {
    const rep = repOfState.get(c.state)!.id;
    const claimAt = workTime(START + rnd() * (NOW - START - DAY));
    event('contact.claimed', claimAt, c, rep, { via: 'claim' });
    let at = claimAt;
    let status = 'claimed';
    let attempts = 0;
    let lastCall: number | null = null;
    const planned = 1 + Math.floor(rnd() * 20);
    for (let k = 0; k < planned; k++) {
      at = workTime(at + (k === 0 ? rnd() * DAY : (0.5 + rnd() * 6) * DAY));
      if (at >= NOW) break;
      const o = outcome();
      const id = newId();
      const followUpAt = o === 'callback' ? iso(at + 2 * DAY) : null;
      calls.add({
        id,
        contact_id: c.id,
        rep_id: rep,
        outcome: o,
        notes: `Bench call ${k + 1}`,
        duration_sec: 20 + Math.floor(rnd() * 400),
        follow_up_at: followUpAt,
        called_at: iso(at),
      });
      event('call.logged', at, c, rep, {
        callId: id,
        outcome: o,
        durationSec: 60,
        notes: `Bench call ${k + 1}`,
        followUpAt,
        taskId: null,
        completedTaskIds: [],
        repName: repName.get(rep),
      });
      callTotal++;
      attempts++;
      lastCall = at;
      status = o;
      if (o === 'interested') interestedAt.push({ lead: c, rep, at });
      if (closing.has(o) || o === 'interested') break;
    }
    if (c.email && rnd() < 0.85) {
      const sentAt = workTime(claimAt + rnd() * 20 * DAY);
      if (sentAt < NOW) writeEmail(c, rep, sentAt);
    }
    const last = Math.max(lastCall ?? claimAt, claimAt);
    updateLead.run(
      rep,
      iso(claimAt),
      iso(last),
      status,
      attempts,
      lastCall ? iso(lastCall) : null,
      iso(last),
      iso(last),
      rep,
      c.id,
    );
  }
});

function writeEmail(c: (typeof leads)[number], rep: string, sentAt: number) {
  const id = newId();
  const subject = `Heavy haul capacity for ${c.full_name}`;
  const delivered = sentAt + 30_000;
  const opened = rnd() < 0.35 ? sentAt + rnd() * 2 * DAY : null;
  const clicked = opened && rnd() < 0.2 ? opened + 60_000 : null;
  const replied = opened && rnd() < 0.15 ? opened + rnd() * DAY : null;
  const seen = (ms: number | null) => (ms && ms < NOW ? iso(ms) : null);
  emails.add({
    id,
    idempotency_key: newId(),
    reply_token: newId(),
    message_id_header: `<${id}@bench.test>`,
    contact_id: c.id,
    sender_id: rep,
    from_email: 'rep@bench.test',
    from_name: repName.get(rep),
    to_email: c.email,
    subject,
    html: '<p>Hello</p>',
    text: 'Hello',
    headers: '{}',
    provider: 'sendgrid',
    status: seen(replied) ? 'replied' : seen(clicked) ? 'clicked' : seen(opened) ? 'opened' : 'delivered',
    attempts: 1,
    provider_message_id: `sg-${id}`,
    is_test: 0,
    created_at: iso(sentAt - 5_000),
    updated_at: iso(sentAt),
    sent_at: iso(sentAt),
    delivered_at: iso(delivered),
    opened_at: seen(opened),
    clicked_at: seen(clicked),
    replied_at: seen(replied),
  });
  event('email.queued', sentAt - 5_000, c, rep, { messageId: id, subject, templateId: null, to: c.email });
  event('email.delivered', delivered, c, null, { messageId: id, subject });
  if (seen(opened)) event('email.opened', opened!, c, null, { messageId: id, subject });
  if (seen(clicked))
    event('email.clicked', clicked!, c, null, { messageId: id, subject, url: 'https://bench.test/' });
  if (seen(replied)) event('email.replied', replied!, c, null, { messageId: id, subject });
  emailTotal++;
}

for (let i = 0; i < claimed.length; i += 25_000) {
  work(claimed.slice(i, i + 25_000));
  if (i % 100_000 === 0) log(`${i + 25_000} leads worked, ${callTotal} calls, ${emailTotal} emails`);
}
db.transaction(() => {
  calls.flush();
  emails.flush();
  events.flush();
})();
log(`claims ${claimed.length}, calls ${callTotal}, emails ${emailTotal}`);

// Deals for leads that said "interested": qualified, then onwards; about a third won, a third lost.
const stageOrder = ['qualified', 'quote_sent', 'negotiation'];
const makeDeals = db.transaction((batch: typeof interestedAt) => {
  for (const { lead: c, rep, at: interested } of batch) {
    const id = newId();
    const created = workTime(interested + rnd() * 3 * DAY);
    if (created >= NOW) continue;
    const valueCents = (5_000 + Math.floor(rnd() * 145_000)) * 100;
    const title = `Move for ${c.full_name}`;
    event('deal.created', created, c, rep, { title, valueCents, stage: 'qualified', ownerId: rep }, id);
    let stage = 'qualified';
    let at = created;
    let closedAt: number | null = null;
    const fate = rnd();
    const steps = fate < 0.66 ? 3 : Math.floor(rnd() * 3);
    for (let s = 1; s <= steps; s++) {
      const next = workTime(at + (2 + rnd() * 20) * DAY);
      if (next >= NOW) break;
      const to = s < 3 ? stageOrder[s]! : fate < 0.33 ? 'won' : 'lost';
      const lostReason = to === 'lost' ? pick(['Price', 'Timing', 'Went with another carrier']) : null;
      event('deal.stage_changed', next, c, rep, { from: stage, to, lostReason, valueCents }, id);
      stage = to;
      at = next;
      if (to === 'won' || to === 'lost') closedAt = next;
    }
    deals.add({
      id,
      title,
      value_cents: valueCents,
      stage,
      lost_reason: stage === 'lost' ? 'Price' : null,
      expected_close_date: iso(created + (30 + rnd() * 60) * DAY).slice(0, 10),
      contact_id: c.id,
      company_id: c.company_id,
      owner_id: rep,
      equipment_type: 'lowboy',
      permits_needed: 1,
      escorts_needed: 0,
      created_by: rep,
      created_at: iso(created),
      updated_at: iso(at),
      stage_changed_at: iso(at),
      closed_at: closedAt ? iso(closedAt) : null,
      version: 1 + (stage === 'qualified' ? 0 : 1),
    });
  }
  deals.flush();
  events.flush();
});
for (let i = interestedAt.length - 1; i > 0; i--) {
  const j = Math.floor(rnd() * (i + 1));
  [interestedAt[i], interestedAt[j]] = [interestedAt[j]!, interestedAt[i]!];
}
makeDeals(interestedAt.slice(0, dealCount));
for (const i of indexes) db.exec(i.sql);
log(`${indexes.length} indexes rebuilt`);
const count = (t: string) => (db.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n;
log(
  `deals ${count('deals')}, timeline events ${count('timeline_events')}, calls ${count('calls')}, emails ${count('email_messages')}`,
);
db.pragma('wal_checkpoint(TRUNCATE)');
db.exec('analyze');
db.close();
log('done (analyzed)');
