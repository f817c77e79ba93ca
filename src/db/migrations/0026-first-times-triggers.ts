// The triggers of migration 0026 (decision 026), as written then: a migration's SQL is a snapshot. Same SQL on
// SQLite and PostgreSQL (PostgreSQL wraps each body in a plpgsql function), as in 0025.
// A lead's first time at each funnel step lives on its own contacts row (first_<step>_at, first_<step>_by: the
// earliest instant, and who took the lead there, '' for nobody), no longer in lead_milestones: the row a claim or
// a call writes anyway, instead of a random-key insert into another table. report_funnel_days follows the row.
import {
  CONNECTS,
  callDay,
  callHour,
  closeBucket,
  durations,
  emailDay,
  firstCallOf,
  moveState,
  orgDay,
  type Trigger,
  workedDay,
} from './0025-rollup-triggers';

export const STEPS = ['claimed', 'contacted', 'connected', 'interested', 'deal', 'won'] as const;
export type Step = (typeof STEPS)[number];
export const firstAt = (s: Step) => `first_${s}_at`;
export const firstBy = (s: Step) => `first_${s}_by`;

/** One step a write may take the lead to: when (the instant), by whom, and only if `when` holds. */
type Reach = { step: Step; at: string; by: string; when?: string };

/**
 * The lead's first times, moved back to these instants where earlier than what the row has (or it has none): one
 * UPDATE of the contact, which matches nothing (writes nothing) when no step moves.
 */
const reach = (contactId: string, steps: Reach[]) => {
  const earlier = (r: Reach) =>
    `(${r.when ?? 'true'}) and ${r.at} is not null and (${firstAt(r.step)} is null or ${firstAt(r.step)} > ${r.at})`;
  const set = steps.flatMap((r) => [
    `${firstAt(r.step)} = case when ${earlier(r)} then ${r.at} else ${firstAt(r.step)} end`,
    `${firstBy(r.step)} = case when ${earlier(r)} then coalesce(${r.by}, '') else ${firstBy(r.step)} end`,
  ]);
  return `update contacts set ${set.join(', ')}
    where id = ${contactId} and ${r0(steps.map((r) => `(${earlier(r)})`).join(' or '))}`;
};
const r0 = (s: string) => `(${s})`;

const callReach = reach('new.contact_id', [
  { step: 'contacted', at: 'new.called_at', by: 'new.rep_id' },
  { step: 'connected', at: 'new.called_at', by: 'new.rep_id', when: `new.outcome in ${CONNECTS}` },
  { step: 'interested', at: 'new.called_at', by: 'new.rep_id', when: `new.outcome = 'interested'` },
]);
const emailReach = reach('new.contact_id', [
  {
    step: 'contacted',
    at: 'new.sent_at',
    by: 'new.sender_id',
    when: 'new.is_test = 0 and new.sent_at is not null',
  },
]);

/** The funnel's count of a step moves with the row: out of the old (day, rep, state), into the new. */
const funnelOf = (row: 'old' | 'new', s: Step, k: 1 | -1) =>
  `insert into report_funnel_days (day, rep_id, state, step, n)
    select ${orgDay(`${row}.${firstAt(s)}`)}, ${row}.${firstBy(s)}, coalesce(${row}.state, ''), '${s}', ${k}
    where ${row}.${firstAt(s)} is not null
    on conflict (day, rep_id, state, step) do update set n = report_funnel_days.n + excluded.n`;
const changed = (cols: string[]) => cols.map((c) => `old.${c} is distinct from new.${c}`).join(' or ');

const leadCols = ['state', 'owner_id', 'deleted_at', 'created_at'];
/** Live leads by the day created × state × owner: moved only when one of those changed (0025 moved a lead out
 * and back in on every first call). */
const leadDay = (row: 'old' | 'new', k: 1 | -1) =>
  `insert into report_lead_days (day, state, owner_id, leads, worked)
    select substr(${row}.created_at, 1, 10), coalesce(${row}.state, ''), coalesce(${row}.owner_id, ''), ${k}, 0
    where ${row}.deleted_at is null and (${changed(leadCols)})
    on conflict (day, state, owner_id) do update set leads = report_lead_days.leads + excluded.leads`;

export const triggers = (pg: boolean): Trigger[] => [
  {
    name: 'contacts_rollup_update',
    on: 'contacts',
    event: `update of ${[...leadCols, 'first_call_at'].join(', ')}`,
    when: changed([...leadCols, 'first_call_at']),
    body: [leadDay('old', -1), workedDay('old', -1), leadDay('new', 1), workedDay('new', 1)],
  },
  {
    name: 'calls_rollup_insert',
    on: 'calls',
    event: 'insert',
    body: [
      callDay('new', 1),
      callHour('new', 1),
      `update contacts set first_call_at = new.called_at
        where id = new.contact_id and (first_call_at is null or first_call_at > new.called_at)`,
      callReach,
    ],
  },
  {
    name: 'calls_rollup_update',
    on: 'calls',
    event: 'update of contact_id, rep_id, outcome, called_at',
    when: changed(['contact_id', 'rep_id', 'outcome', 'called_at']),
    body: [
      callDay('old', -1),
      callHour('old', -1),
      callDay('new', 1),
      callHour('new', 1),
      firstCallOf('old.contact_id'),
      firstCallOf('new.contact_id'),
      callReach,
    ],
  },
  {
    name: 'email_rollup_insert',
    on: 'email_messages',
    event: 'insert',
    body: [emailDay('new', 1), emailReach],
  },
  {
    name: 'email_rollup_update',
    on: 'email_messages',
    event: 'update of contact_id, sender_id, is_test, sent_at, replied_at',
    when: changed(['contact_id', 'sender_id', 'is_test', 'sent_at', 'replied_at']),
    body: [emailDay('old', -1), emailDay('new', 1), emailReach],
  },
  {
    // Calls and emails follow the lead to its new state; its first times follow it in contacts_funnel.
    name: 'contacts_state_move',
    on: 'contacts',
    event: 'update of state',
    when: changed(['state']),
    body: [
      ...moveState('old', -1).slice(0, 2),
      ...moveState('new', 1).slice(0, 2),
      `update deals set lead_state = new.state where contact_id = new.id`,
    ],
  },
  // One per step: an UPDATE fires only those whose columns it sets (a claim: the claimed one alone).
  ...STEPS.map((s) => ({
    name: `contacts_funnel_${s}`,
    on: 'contacts',
    event: `update of state, ${firstAt(s)}, ${firstBy(s)}`,
    when: changed(['state', firstAt(s), firstBy(s)]),
    body: [funnelOf('old', s, -1), funnelOf('new', s, 1)],
  })),
  {
    name: 'claims_milestone',
    on: 'timeline_events',
    event: 'insert',
    when: `new.kind = 'contact.claimed' and new.contact_id is not null`,
    body: [reach('new.contact_id', [{ step: 'claimed', at: 'new.occurred_at', by: 'new.actor_id' }])],
  },
  {
    name: 'deals_milestone_insert',
    on: 'deals',
    event: 'insert',
    body: [
      reach('new.contact_id', [
        { step: 'deal', at: 'new.created_at', by: 'new.owner_id' },
        { step: 'won', at: 'new.closed_at', by: 'new.owner_id', when: `new.stage = 'won'` },
      ]),
      // Velocity's start: the lead's first touch if it came before the deal, else the deal's creation.
      `update deals set first_touch_at = coalesce((select s.first_contacted_at from contacts s
          where s.id = new.contact_id and s.first_contacted_at <= new.created_at), new.created_at),
        lead_state = (select s.state from contacts s where s.id = new.contact_id),
        close_bucket = ${closeBucket(pg)}, stage_path = new.stage || '@' || new.created_at
        where id = new.id`,
      durations(pg),
    ],
  },
  {
    name: 'deals_milestone_won',
    on: 'deals',
    event: 'update of stage',
    when: `new.stage = 'won' and old.stage <> 'won'`,
    body: [
      reach('new.contact_id', [
        { step: 'won', at: 'coalesce(new.closed_at, new.stage_changed_at)', by: 'new.owner_id' },
      ]),
    ],
  },
];

/** 0025's triggers that 0026 replaces (same names above) or drops (the lead_milestones ones). */
export const replaced = (pg: boolean) => [
  ...triggers(pg).map((t) => t.name),
  'milestones_rollup_insert',
  'milestones_rollup_update',
  'milestones_rollup_delete',
];
