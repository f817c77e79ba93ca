import { type Kysely, PostgresAdapter, sql } from 'kysely';
import { orgDate, orgDateStart, shiftOrgDate } from './0025-org-days';
import { CONNECTS, durations, epochMs, orgDay, type Trigger, triggers } from './0025-rollup-triggers';

// Report roll-ups (decision 025): small tables the reports add up instead of reading millions of raw rows, kept
// by triggers in the transaction of every write to calls, email_messages, contacts, deals and claim events —
// whichever service, import, merge or plain SQL writes them — so they always equal a recount of the raw rows.
// - org_days: each organisation date's first UTC instant (America/Chicago), so SQL can name an instant's date.
// - report_call_days (day, rep, lead's current state): calls, connects, interested.
// - report_call_hours (UTC hour, rep): calls (the heatmap; Chicago midnights are whole UTC hours).
// - report_email_days (day, sender, lead's current state): sent (non-test), replied.
// - report_lead_days (UTC day, state, owner): live leads by the day created, worked leads by the day first called.
// - lead_milestones (lead, funnel step): when and by whom the lead first reached the step; report_funnel_days
//   counts them by day, rep and the lead's current state.
// - contacts.first_call_at, deals.first_touch_at (velocity's start).

const FIRST_DAY = '2000-01-01';
const LAST_DAY = '2100-12-31';

export async function createTrigger(db: Kysely<unknown>, pg: boolean, t: Trigger) {
  const when = t.when ? `when (${t.when})` : '';
  if (!pg) {
    await sql
      .raw(`create trigger ${t.name} after ${t.event} on ${t.on} for each row ${when}
        begin ${t.body.map((s) => `${s};`).join('\n')} end`)
      .execute(db);
    return;
  }
  await sql
    .raw(`create function ${t.name}() returns trigger language plpgsql as $fn$
      begin ${t.body.map((s) => `${s};`).join('\n')} return null; end $fn$`)
    .execute(db);
  await sql
    .raw(
      `create trigger ${t.name} after ${t.event} on ${t.on} for each row ${when} execute function ${t.name}()`,
    )
    .execute(db);
}

async function fillOrgDays(db: Kysely<unknown>) {
  const rows: string[][] = [];
  // From the Chicago date before FIRST_DAY so that instants of FIRST_DAY's UTC morning resolve too.
  for (
    let d = shiftOrgDate(FIRST_DAY, -1);
    d <= LAST_DAY;
    d = orgDate(new Date(orgDateStart(d).getTime() + 30 * 3_600_000))
  )
    rows.push([orgDateStart(d).toISOString(), d]);
  for (let i = 0; i < rows.length; i += 500) {
    const part = rows.slice(i, i + 500);
    await sql`insert into org_days (utc_start, day) values ${sql.join(part.map((r) => sql`(${r[0]}, ${r[1]})`))}`.execute(
      db,
    );
  }
}

const table = (db: Kysely<unknown>, name: string, key: string[], cols: [string, 'text' | 'integer'][]) => {
  let t = db.schema.createTable(name);
  for (const [c, type] of cols) t = t.addColumn(c, type, (x) => x.notNull());
  return t.addPrimaryKeyConstraint(`${name}_pk`, key as never[]).execute();
};

export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  await table(
    db,
    'org_days',
    ['utc_start'],
    [
      ['utc_start', 'text'],
      ['day', 'text'],
    ],
  );
  await fillOrgDays(db);
  const n = (c: string): [string, 'integer'] => [c, 'integer'];
  const k = (c: string): [string, 'text'] => [c, 'text'];
  await table(
    db,
    'report_call_days',
    ['day', 'rep_id', 'state'],
    [k('day'), k('rep_id'), k('state'), n('calls'), n('connects'), n('interested')],
  );
  await table(db, 'report_call_hours', ['hour', 'rep_id'], [k('hour'), k('rep_id'), n('n')]);
  await table(
    db,
    'report_email_days',
    ['day', 'sender_id', 'state'],
    [k('day'), k('sender_id'), k('state'), n('sent'), n('replied')],
  );
  await table(
    db,
    'report_lead_days',
    ['day', 'state', 'owner_id'],
    [k('day'), k('state'), k('owner_id'), n('leads'), n('worked')],
  );
  await table(
    db,
    'lead_milestones',
    ['contact_id', 'step'],
    [k('contact_id'), k('step'), k('at'), k('rep_id')],
  );
  await table(
    db,
    'report_funnel_days',
    ['day', 'rep_id', 'state', 'step'],
    [k('day'), k('rep_id'), k('state'), k('step'), n('n')],
  );
  await db.schema.alterTable('contacts').addColumn('first_call_at', 'text').execute();
  await db.schema.alterTable('deals').addColumn('first_touch_at', 'text').execute();
  await db.schema.alterTable('deals').addColumn('lead_state', 'text').execute();
  await db.schema.alterTable('deals').addColumn('close_bucket', 'integer').execute();
  await db.schema.alterTable('deals').addColumn('stage_path', 'text').execute();
  await db.schema.alterTable('deals').addColumn('to_deal_ms', 'bigint').execute();
  await db.schema.alterTable('deals').addColumn('to_won_ms', 'bigint').execute();
  await backfill(db);
  await backfillDeals(db, pg);
  for (const t of triggers(pg)) await createTrigger(db, pg, t);
  await indexes(db);
}

// From the rows already there, in grouped passes (per hour first: an org day is a whole number of UTC hours).
async function backfill(db: Kysely<unknown>) {
  await sql`update contacts set first_call_at = f.at
    from (select contact_id, min(called_at) as at from calls group by contact_id) f
    where f.contact_id = contacts.id`.execute(db);
  const hourDay = sql.raw(orgDay(`(h.hour || ':00:00.000Z')`));
  await sql`insert into report_call_hours (hour, rep_id, n)
    select substr(called_at, 1, 13), rep_id, count(*) from calls group by substr(called_at, 1, 13), rep_id`.execute(
    db,
  );
  await sql`insert into report_call_days (day, rep_id, state, calls, connects, interested)
    select d.day, d.rep_id, d.state, sum(d.calls), sum(d.connects), sum(d.interested) from (
      select ${hourDay} as day, h.* from (
        select substr(k.called_at, 1, 13) as hour, k.rep_id, coalesce(c.state, '') as state, count(*) as calls,
          sum(case when k.outcome in ${sql.raw(CONNECTS)} then 1 else 0 end) as connects,
          sum(case when k.outcome = 'interested' then 1 else 0 end) as interested
        from calls k join contacts c on c.id = k.contact_id
        group by substr(k.called_at, 1, 13), k.rep_id, coalesce(c.state, '')) h) d
    group by d.day, d.rep_id, d.state`.execute(db);
  await sql`insert into report_email_days (day, sender_id, state, sent, replied)
    select d.day, d.sender_id, d.state, sum(d.sent), sum(d.replied) from (
      select ${hourDay} as day, h.* from (
        select substr(m.sent_at, 1, 13) as hour, coalesce(m.sender_id, '') as sender_id,
          coalesce(c.state, '') as state, count(*) as sent, count(m.replied_at) as replied
        from email_messages m left join contacts c on c.id = m.contact_id
        where m.is_test = 0 and m.sent_at is not null
        group by substr(m.sent_at, 1, 13), coalesce(m.sender_id, ''), coalesce(c.state, '')) h) d
    group by d.day, d.sender_id, d.state`.execute(db);
  await sql`insert into report_lead_days (day, state, owner_id, leads, worked)
    select day, state, owner_id, sum(leads), sum(worked) from (
      select substr(created_at, 1, 10) as day, coalesce(state, '') as state, coalesce(owner_id, '') as owner_id,
        1 as leads, 0 as worked
      from contacts where deleted_at is null
      union all
      select substr(case when created_at > first_call_at then created_at else first_call_at end, 1, 10),
        coalesce(state, ''), coalesce(owner_id, ''), 0, 1
      from contacts where deleted_at is null and first_call_at is not null
    ) x group by day, state, owner_id`.execute(db);
  await backfillMilestones(db);
}

// Each lead's earliest event per step (ties: the smallest rep id), then the funnel counts from them.
async function backfillMilestones(db: Kysely<unknown>) {
  const hourDay = sql.raw(orgDay(`(h.hour || ':00:00.000Z')`));
  const events = sql`
    select contact_id, 'claimed' as step, occurred_at as at, coalesce(actor_id, '') as rep_id from timeline_events
      where kind = 'contact.claimed' and contact_id is not null
    union all select contact_id, 'contacted', called_at, rep_id from calls
    union all select contact_id, 'connected', called_at, rep_id from calls where outcome in ${sql.raw(CONNECTS)}
    union all select contact_id, 'interested', called_at, rep_id from calls where outcome = 'interested'
    union all select contact_id, 'contacted', sent_at, coalesce(sender_id, '') from email_messages
      where is_test = 0 and sent_at is not null and contact_id is not null
    union all select contact_id, 'deal', created_at, owner_id from deals where contact_id is not null
    union all select contact_id, 'won', coalesce(closed_at, stage_changed_at), owner_id from deals
      where contact_id is not null and stage = 'won'`;
  await sql`insert into lead_milestones (contact_id, step, at, rep_id)
    select contact_id, step, at, rep_id from (
      select e.*, row_number() over (partition by e.contact_id, e.step order by e.at, e.rep_id) as r
      from (${events}) e) x
    where r = 1`.execute(db);
  await sql`insert into report_funnel_days (day, rep_id, state, step, n)
    select d.day, d.rep_id, d.state, d.step, sum(d.n) from (
      select ${hourDay} as day, h.* from (
        select substr(l.at, 1, 13) as hour, l.rep_id, coalesce(c.state, '') as state, l.step, count(*) as n
        from lead_milestones l left join contacts c on c.id = l.contact_id
        group by substr(l.at, 1, 13), l.rep_id, coalesce(c.state, ''), l.step) h) d
    group by d.day, d.rep_id, d.state, d.step`.execute(db);
  await sql`update deals set first_touch_at = coalesce((select m.at from lead_milestones m
      where m.contact_id = deals.contact_id and m.step = 'contacted' and m.at <= deals.created_at), deals.created_at)`.execute(
    db,
  );
}

async function backfillDeals(db: Kysely<unknown>, pg: boolean) {
  await sql.raw(durations(pg, '')).execute(db);
  const age = `(${epochMs(pg, 'closed_at')} - ${epochMs(pg, 'created_at')})`;
  await sql`update deals set lead_state = (select s.state from contacts s where s.id = deals.contact_id),
    close_bucket = case when closed_at is null then null when ${sql.raw(age)} >= ${90 * 86_400_000} then 2
      when ${sql.raw(age)} >= ${30 * 86_400_000} then 1 else 0 end`.execute(db);
  // Each deal's stages in order, "stage@time;stage@time", from its created and stage-changed events.
  const path = pg
    ? sql`string_agg(x.step, ';' order by x.occurred_at, x.id)`
    : sql`group_concat(x.step, ';' order by x.occurred_at, x.id)`;
  await sql`update deals set stage_path = p.path from (
      select x.deal_id, ${path} as path from (
        select e.deal_id, e.occurred_at, e.id, ${sql.raw(pg ? "(e.data::json->>'stage')" : "json_extract(e.data, '$.stage')")} || '@' || e.occurred_at as step
        from timeline_events e where e.deal_id is not null and e.kind = 'deal.created'
        union all
        select e.deal_id, e.occurred_at, e.id, ${sql.raw(pg ? "(e.data::json->>'to')" : "json_extract(e.data, '$.to')")} || '@' || e.occurred_at
        from timeline_events e where e.deal_id is not null and e.kind = 'deal.stage_changed') x
      group by x.deal_id) p
    where p.deal_id = deals.id`.execute(db);
}

async function indexes(db: Kysely<unknown>) {
  // Coverage's partial day: leads first worked since midnight UTC.
  await db.schema
    .createIndex('contacts_first_call')
    .on('contacts')
    .columns(['first_call_at', 'created_at'])
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();
  // A state filter on the report roll-ups.
  await db.schema
    .createIndex('report_call_days_state')
    .on('report_call_days')
    .columns(['state', 'day'])
    .execute();
  await db.schema
    .createIndex('report_funnel_days_state')
    .on('report_funnel_days')
    .columns(['state', 'day'])
    .execute();
  // The deal reports read these alone: deals open at an instant (pipeline, forecast), an owner's deals created or
  // won in a period (velocity: one range per owner; a range over everyone's then sorted by owner took 10× longer),
  // closed by age (forecast).
  const index = (name: string, on: string, cols: string[], where?: [string, 'is not' | '=', unknown]) => {
    let i = db.schema.createIndex(name).on(on).columns(cols);
    if (where)
      i = i.where(sql.ref(where[0]), where[1], where[2] === null ? null : sql.lit(where[2] as string));
    return i.execute();
  };
  await index('deals_open_at', 'deals', [
    'closed_at',
    'created_at',
    'stage_changed_at',
    'stage',
    'value_cents',
    'owner_id',
    'lead_state',
    'expected_close_date',
    'id',
    'stage_path',
  ]);
  await index('deals_velocity_created', 'deals', ['owner_id', 'created_at', 'lead_state', 'to_deal_ms']);
  await index(
    'deals_velocity_won',
    'deals',
    ['owner_id', 'closed_at', 'lead_state', 'to_won_ms'],
    ['stage', '=', 'won'],
  );
  await index(
    'deals_close_bucket',
    'deals',
    ['close_bucket', 'stage', 'owner_id', 'lead_state'],
    ['close_bucket', 'is not', null],
  );
  // deals_open_at starts with closed_at: SQLite picked this partial one (not covering) for "closed after T".
  await db.schema.dropIndex('deals_closed').execute();
  // Who is calling now (the dashboard, and every `calling` event): unexpired call-flow leases, not a 1M-row scan.
  await index(
    'contacts_leases',
    'contacts',
    ['lease_expires_at', 'lease_user_id'],
    ['lease_user_id', 'is not', null],
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  for (const t of triggers(pg)) {
    await sql.raw(`drop trigger ${t.name}${pg ? ` on ${t.on}` : ''}`).execute(db);
    if (pg) await sql.raw(`drop function ${t.name}()`).execute(db);
  }
  for (const i of [
    'contacts_first_call',
    'report_call_days_state',
    'report_funnel_days_state',
    'deals_open_at',
    'deals_velocity_created',
    'deals_velocity_won',
    'deals_close_bucket',
    'contacts_leases',
  ])
    await db.schema.dropIndex(i).execute();
  await db.schema
    .createIndex('deals_closed')
    .on('deals')
    .columns(['closed_at'])
    .where(sql.ref('closed_at'), 'is not', null)
    .execute();
  for (const c of ['first_touch_at', 'lead_state', 'close_bucket', 'stage_path', 'to_deal_ms', 'to_won_ms'])
    await db.schema.alterTable('deals').dropColumn(c).execute();
  await db.schema.alterTable('contacts').dropColumn('first_call_at').execute();
  for (const t of [
    'report_funnel_days',
    'lead_milestones',
    'report_lead_days',
    'report_email_days',
    'report_call_hours',
    'report_call_days',
    'org_days',
  ])
    await db.schema.dropTable(t).execute();
}
