// The triggers of migration 0025 (decision 025), as they were written then: a migration's SQL is a snapshot.
// Every statement is the same SQL on SQLite and PostgreSQL (PostgreSQL wraps a body in a plpgsql function).
// NULL keys are stored as '' (a primary key treats NULLs as distinct).

export type Trigger = { name: string; on: string; event: string; when?: string; body: string[] };

/** The organisation date (America/Chicago) of an ISO instant, from the org_days table. */
export const orgDay = (at: string) =>
  `coalesce((select o.day from org_days o where o.utc_start <= ${at} order by o.utc_start desc limit 1), substr(${at}, 1, 10))`;
const stateOf = (contactId: string) =>
  `coalesce((select s.state from contacts s where s.id = ${contactId}), '')`;
// src/shared/calls.ts connectOutcomes when this was written.
export const CONNECTS = `('interested', 'callback', 'not_interested', 'do_not_call')`;
const later = (a: string, b: string) => `case when ${a} > ${b} then ${a} else ${b} end`;
const changed = (cols: string[]) => cols.map((c) => `old.${c} is distinct from new.${c}`).join(' or ');
const add = (table: string, cols: string[]) =>
  cols.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(', ');

type Row = 'new' | 'old';

export const callDay = (row: Row, k: 1 | -1) =>
  `insert into report_call_days (day, rep_id, state, calls, connects, interested)
    select ${orgDay(`${row}.called_at`)}, ${row}.rep_id, ${stateOf(`${row}.contact_id`)}, ${k},
      case when ${row}.outcome in ${CONNECTS} then ${k} else 0 end,
      case when ${row}.outcome = 'interested' then ${k} else 0 end
    where true
    on conflict (day, rep_id, state) do update set ${add('report_call_days', ['calls', 'connects', 'interested'])}`;
export const callHour = (row: Row, k: 1 | -1) =>
  `insert into report_call_hours (hour, rep_id, n) values (substr(${row}.called_at, 1, 13), ${row}.rep_id, ${k})
    on conflict (hour, rep_id) do update set ${add('report_call_hours', ['n'])}`;
export const emailDay = (row: Row, k: 1 | -1) =>
  `insert into report_email_days (day, sender_id, state, sent, replied)
    select ${orgDay(`${row}.sent_at`)}, coalesce(${row}.sender_id, ''), ${stateOf(`${row}.contact_id`)}, ${k},
      case when ${row}.replied_at is null then 0 else ${k} end
    where ${row}.is_test = 0 and ${row}.sent_at is not null
    on conflict (day, sender_id, state) do update set ${add('report_email_days', ['sent', 'replied'])}`;
const leadDay = (row: Row, k: 1 | -1) =>
  `insert into report_lead_days (day, state, owner_id, leads, worked)
    select substr(${row}.created_at, 1, 10), coalesce(${row}.state, ''), coalesce(${row}.owner_id, ''), ${k}, 0
    where ${row}.deleted_at is null
    on conflict (day, state, owner_id) do update set ${add('report_lead_days', ['leads'])}`;
export const workedDay = (row: Row, k: 1 | -1) =>
  `insert into report_lead_days (day, state, owner_id, leads, worked)
    select substr(${later(`${row}.created_at`, `${row}.first_call_at`)}, 1, 10), coalesce(${row}.state, ''),
      coalesce(${row}.owner_id, ''), 0, ${k}
    where ${row}.deleted_at is null and ${row}.first_call_at is not null
    on conflict (day, state, owner_id) do update set ${add('report_lead_days', ['worked'])}`;
const funnelDay = (row: Row, k: 1 | -1) =>
  `insert into report_funnel_days (day, rep_id, state, step, n)
    select ${orgDay(`${row}.at`)}, ${row}.rep_id, ${stateOf(`${row}.contact_id`)}, ${row}.step, ${k}
    where true
    on conflict (day, rep_id, state, step) do update set ${add('report_funnel_days', ['n'])}`;

/** A lead reaches a funnel step: the earliest time counts (a later event never moves it). */
const milestone = (contactId: string, step: string, at: string, repId: string, when = 'true') =>
  `insert into lead_milestones (contact_id, step, at, rep_id)
    select ${contactId}, '${step}', ${at}, coalesce(${repId}, '')
    where ${contactId} is not null and ${when}
    on conflict (contact_id, step) do update set at = excluded.at, rep_id = excluded.rep_id
      where excluded.at < lead_milestones.at`;
const callMilestones = [
  milestone('new.contact_id', 'contacted', 'new.called_at', 'new.rep_id'),
  milestone('new.contact_id', 'connected', 'new.called_at', 'new.rep_id', `new.outcome in ${CONNECTS}`),
  milestone('new.contact_id', 'interested', 'new.called_at', 'new.rep_id', `new.outcome = 'interested'`),
];
const emailMilestone = milestone(
  'new.contact_id',
  'contacted',
  'new.sent_at',
  'new.sender_id',
  'new.is_test = 0 and new.sent_at is not null',
);
export const firstCallOf = (id: string) =>
  `update contacts set first_call_at = (select min(k.called_at) from calls k where k.contact_id = ${id})
    where id = ${id}`;

/** A lead's calls, emails and milestones follow it to its new state (a state edit is rare; a claim is not one). */
export const moveState = (row: Row, k: 1 | -1) => [
  `insert into report_call_days (day, rep_id, state, calls, connects, interested)
    select x.day, x.rep_id, coalesce(${row}.state, ''), ${k} * count(*),
      ${k} * sum(case when x.outcome in ${CONNECTS} then 1 else 0 end),
      ${k} * sum(case when x.outcome = 'interested' then 1 else 0 end)
    from (select ${orgDay('k.called_at')} as day, k.rep_id, k.outcome from calls k where k.contact_id = new.id) x
    where true group by x.day, x.rep_id
    on conflict (day, rep_id, state) do update set ${add('report_call_days', ['calls', 'connects', 'interested'])}`,
  `insert into report_email_days (day, sender_id, state, sent, replied)
    select x.day, x.sender_id, coalesce(${row}.state, ''), ${k} * count(*), ${k} * count(x.replied_at)
    from (select ${orgDay('m.sent_at')} as day, coalesce(m.sender_id, '') as sender_id, m.replied_at
      from email_messages m where m.contact_id = new.id and m.is_test = 0 and m.sent_at is not null) x
    where true group by x.day, x.sender_id
    on conflict (day, sender_id, state) do update set ${add('report_email_days', ['sent', 'replied'])}`,
  `insert into report_funnel_days (day, rep_id, state, step, n)
    select x.day, x.rep_id, coalesce(${row}.state, ''), x.step, ${k} * count(*)
    from (select ${orgDay('l.at')} as day, l.rep_id, l.step from lead_milestones l where l.contact_id = new.id) x
    where true group by x.day, x.rep_id, x.step
    on conflict (day, rep_id, state, step) do update set ${add('report_funnel_days', ['n'])}`,
];

const DAY_MS = 86_400_000;
/** Whole milliseconds of an ISO text time (the one dialect-specific piece). */
export const epochMs = (pg: boolean, col: string) =>
  pg
    ? `(extract(epoch from ${col}::timestamptz) * 1000)::bigint`
    : `cast(round(unixepoch(${col}, 'subsec') * 1000) as integer)`;
/** A closed deal's age at close: 0 = under 30 days, 1 = under 90, 2 = older (the forecast's buckets). */
export const closeBucket = (pg: boolean) => {
  const age = `(${epochMs(pg, 'new.closed_at')} - ${epochMs(pg, 'new.created_at')})`;
  return `case when new.closed_at is null then null when ${age} >= ${90 * DAY_MS} then 2
    when ${age} >= ${30 * DAY_MS} then 1 else 0 end`;
};

/** Velocity's durations on the deal's row, from its first touch to its creation and to its win (ms). */
export const durations = (pg: boolean, where = 'where id = new.id') =>
  `update deals set to_deal_ms = ${epochMs(pg, 'created_at')} - ${epochMs(pg, 'first_touch_at')},
    to_won_ms = case when stage = 'won' and closed_at is not null
      then ${epochMs(pg, 'closed_at')} - ${epochMs(pg, 'first_touch_at')} end
    ${where}`;

const callCols = ['contact_id', 'rep_id', 'outcome', 'called_at'];
const emailCols = ['contact_id', 'sender_id', 'is_test', 'sent_at', 'replied_at'];
const leadCols = ['state', 'owner_id', 'deleted_at', 'created_at', 'first_call_at'];

export const triggers = (pg: boolean): Trigger[] => [
  {
    name: 'calls_rollup_insert',
    on: 'calls',
    event: 'insert',
    body: [
      callDay('new', 1),
      callHour('new', 1),
      `update contacts set first_call_at = new.called_at
        where id = new.contact_id and (first_call_at is null or first_call_at > new.called_at)`,
      ...callMilestones,
    ],
  },
  {
    name: 'calls_rollup_delete',
    on: 'calls',
    event: 'delete',
    body: [callDay('old', -1), callHour('old', -1), firstCallOf('old.contact_id')],
  },
  {
    name: 'calls_rollup_update',
    on: 'calls',
    event: `update of ${callCols.join(', ')}`,
    when: changed(callCols),
    body: [
      callDay('old', -1),
      callHour('old', -1),
      callDay('new', 1),
      callHour('new', 1),
      firstCallOf('old.contact_id'),
      firstCallOf('new.contact_id'),
      ...callMilestones,
    ],
  },
  {
    name: 'email_rollup_insert',
    on: 'email_messages',
    event: 'insert',
    body: [emailDay('new', 1), emailMilestone],
  },
  { name: 'email_rollup_delete', on: 'email_messages', event: 'delete', body: [emailDay('old', -1)] },
  {
    name: 'email_rollup_update',
    on: 'email_messages',
    event: `update of ${emailCols.join(', ')}`,
    when: changed(emailCols),
    body: [emailDay('old', -1), emailDay('new', 1), emailMilestone],
  },
  {
    name: 'contacts_rollup_insert',
    on: 'contacts',
    event: 'insert',
    body: [leadDay('new', 1), workedDay('new', 1)],
  },
  {
    name: 'contacts_rollup_delete',
    on: 'contacts',
    event: 'delete',
    body: [leadDay('old', -1), workedDay('old', -1)],
  },
  {
    name: 'contacts_rollup_update',
    on: 'contacts',
    event: `update of ${leadCols.join(', ')}`,
    when: changed(leadCols),
    body: [leadDay('old', -1), workedDay('old', -1), leadDay('new', 1), workedDay('new', 1)],
  },
  {
    name: 'contacts_state_move',
    on: 'contacts',
    event: 'update of state',
    when: changed(['state']),
    body: [
      ...moveState('old', -1),
      ...moveState('new', 1),
      `update deals set lead_state = new.state where contact_id = new.id`,
    ],
  },
  {
    name: 'claims_milestone',
    on: 'timeline_events',
    event: 'insert',
    when: `new.kind = 'contact.claimed'`,
    body: [milestone('new.contact_id', 'claimed', 'new.occurred_at', 'new.actor_id')],
  },
  {
    name: 'deals_milestone_insert',
    on: 'deals',
    event: 'insert',
    body: [
      milestone('new.contact_id', 'deal', 'new.created_at', 'new.owner_id'),
      milestone('new.contact_id', 'won', 'new.closed_at', 'new.owner_id', `new.stage = 'won'`),
      // Velocity's start: the lead's first touch if it came before the deal, else the deal's creation.
      `update deals set first_touch_at = coalesce((select m.at from lead_milestones m
          where m.contact_id = new.contact_id and m.step = 'contacted' and m.at <= new.created_at), new.created_at),
        lead_state = (select s.state from contacts s where s.id = new.contact_id),
        close_bucket = ${closeBucket(pg)}, stage_path = new.stage || '@' || new.created_at
        where id = new.id`,
      durations(pg),
    ],
  },
  {
    // The pipeline as of an earlier instant reads each changed deal's stages from its own row.
    name: 'deals_stage_path',
    on: 'deals',
    event: 'update of stage',
    when: 'old.stage <> new.stage',
    body: [
      `update deals set stage_path = coalesce(stage_path, '') || ';' || new.stage || '@' || new.stage_changed_at
        where id = new.id`,
    ],
  },
  {
    name: 'deals_facts_update',
    on: 'deals',
    event: 'update of contact_id, closed_at, created_at',
    when: changed(['contact_id', 'closed_at', 'created_at']),
    body: [
      `update deals set lead_state = (select s.state from contacts s where s.id = new.contact_id),
        close_bucket = ${closeBucket(pg)} where id = new.id`,
      durations(pg),
    ],
  },
  {
    name: 'deals_milestone_won',
    on: 'deals',
    event: 'update of stage',
    when: `new.stage = 'won' and old.stage <> 'won'`,
    body: [
      milestone('new.contact_id', 'won', 'coalesce(new.closed_at, new.stage_changed_at)', 'new.owner_id'),
    ],
  },
  { name: 'milestones_rollup_insert', on: 'lead_milestones', event: 'insert', body: [funnelDay('new', 1)] },
  {
    name: 'milestones_rollup_update',
    on: 'lead_milestones',
    event: 'update',
    body: [funnelDay('old', -1), funnelDay('new', 1)],
  },
  { name: 'milestones_rollup_delete', on: 'lead_milestones', event: 'delete', body: [funnelDay('old', -1)] },
];
