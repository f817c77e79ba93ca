import { type ExpressionBuilder, type QueryCreator, sql } from 'kysely';
import { dialects } from '../../../db/dialect';
import { reachSet } from '../../../db/first-times';
import { leadWrite, text } from '../../../db/lead-write';
import { timelineEventRow } from '../../../db/rows';
import type { DB, Db, Dialect } from '../../../db/types';
import { closedStatuses } from '../access';
import type { ContactWithNames } from '../contacts';

const rulesKey = 'leads.rules';
const claimedKind = sql.lit('contact.claimed');

export type ClaimParams = {
  contactId: string;
  repId: string;
  at: string;
  /** Start of the rolling 24 hours the daily limit counts. */
  since: string;
  /** The limits when neither the rep nor the organisation's `leads.rules` setting says otherwise. */
  openDefault: number;
  dailyDefault: number;
  /** Id of the `contact.claimed` timeline event. */
  eventId: string;
};

/** The rep's own override, else the organisation's rule (read in the same statement: a change counts at once). */
function limitOf(
  eb: ExpressionBuilder<DB, 'contacts'>,
  dialect: Dialect,
  column: 'open_lead_limit' | 'daily_claim_limit',
  rule: 'openLimit' | 'dailyClaimLimit',
  repId: string,
  fallback: number,
) {
  const own = eb.selectFrom('users').select(`users.${column}`).where('users.id', '=', repId);
  const value = sql<string>`value`;
  const organisation = sql<number>`(select ${dialects[dialect].jsonInteger(value, rule)} from settings where key = ${sql.lit(rulesKey)})`;
  return eb.fn.coalesce(own, organisation, eb.val(fallback));
}

/** Whether the rep is under both limits, counted from covering indexes (migration 0012). */
function withinLimits(eb: ExpressionBuilder<DB, 'contacts'>, p: ClaimParams, dialect: Dialect) {
  return eb.and([
    eb(
      eb
        .selectFrom('contacts as held')
        .select((h) => h.fn.countAll<number>().as('n'))
        .where('held.owner_id', '=', p.repId)
        .where('held.deleted_at', 'is', null)
        .where('held.status', 'not in', closedStatuses),
      '<',
      limitOf(eb, dialect, 'open_lead_limit', 'openLimit', p.repId, p.openDefault),
    ),
    eb(
      eb
        .selectFrom('timeline_events')
        .select((t) => t.fn.countAll<number>().as('n'))
        .where('timeline_events.actor_id', '=', p.repId)
        .where('timeline_events.kind', '=', claimedKind)
        .where('timeline_events.occurred_at', '>=', p.since),
      '<',
      limitOf(eb, dialect, 'daily_claim_limit', 'dailyClaimLimit', p.repId, p.dailyDefault),
    ),
  ]);
}

/**
 * The claim as one conditional UPDATE (decisions 008, 013): free, live, in the rep's territory (the limits are the
 * write's guard). Returns the claimed row with its company's name, which is all the response needs. Matching
 * nothing says only "not now"; the caller finds out why.
 */
function claimUpdate(db: QueryCreator<DB>, p: ClaimParams) {
  return db
    .updateTable('contacts')
    .set((eb) => ({
      owner_id: p.repId,
      claimed_at: p.at,
      owner_touched_at: p.at,
      expiry_notice_at: null,
      updated_at: p.at,
      updated_by: p.repId,
      version: eb('version', '+', 1),
      ...reachSet('claimed', p.at, p.repId),
    }))
    .where('contacts.id', '=', p.contactId)
    .where('contacts.owner_id', 'is', null)
    .where('contacts.deleted_at', 'is', null)
    .where('contacts.state', 'in', (eb) =>
      eb
        .selectFrom('rep_territories')
        .select('rep_territories.state')
        .where('rep_territories.user_id', '=', p.repId),
    )
    .returningAll()
    .returning((eb) =>
      eb
        .selectFrom('companies')
        .select('companies.name')
        .whereRef('companies.id', '=', 'contacts.company_id')
        .as('company_name'),
    );
}

type ClaimedRow = Omit<ContactWithNames, 'owner_name'>;

/**
 * The claim with its `contact.claimed` event (decisions 013, 024). PostgreSQL: the limits inside the UPDATE, the
 * event in the same statement. SQLite: the limits in a statement of their own first — inside the UPDATE, SQLite
 * spent ~70 µs more on the open-lead count than the same count alone (~7 µs) — still exact: one connection, and a
 * group's claims run one by one. (The limits read the lead's row only to have a row: none, no claim — then 404.)
 */
const claim = leadWrite<ClaimParams, ClaimedRow>({
  id: 'contactId',
  guard: (eb, p, d) => withinLimits(eb, p, d),
  update: (db, p) => claimUpdate(db, p),
  after: [
    {
      into: 'timeline_events',
      row: (p, lead) =>
        timelineEventRow({
          id: text(p.eventId),
          kind: claimedKind,
          contactId: lead('id'),
          companyId: lead('company_id'),
          actorId: text(p.repId),
          at: text(p.at),
        }),
    },
  ],
});

/** Claims the lead with its `contact.claimed` event, atomically; undefined when the UPDATE matched nothing. */
export function claimWithinLimits(db: Db, p: ClaimParams): Promise<ClaimedRow | undefined> {
  return claim(db, p);
}
