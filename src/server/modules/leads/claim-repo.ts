import { type ExpressionBuilder, type QueryCreator, sql } from 'kysely';
import { compiledOnce } from '../../../db/compiled';
import { reachSet } from '../../../db/first-times';
import { inGroupCommit } from '../../../db/group-commit';
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
const claimKeys = ['contactId', 'repId', 'at', 'since', 'openDefault', 'dailyDefault', 'eventId'] as const;

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
  const organisation =
    dialect === 'postgres'
      ? sql<number>`(select (value::jsonb ->> ${sql.lit(rule)})::integer from settings where key = ${sql.lit(rulesKey)})`
      : sql<number>`(select json_extract(value, ${sql.lit(`$.${rule}`)}) from settings where key = ${sql.lit(rulesKey)})`;
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
 * The claim as one conditional UPDATE (decisions 008, 013): free, live, in the rep's territory and — when
 * `limitsInside` — the rep under both limits, in the same statement. Returns the claimed row with its company's
 * name, which is all the response needs. Matching nothing says only "not now"; the caller finds out why.
 */
function claimUpdate(db: QueryCreator<DB>, p: ClaimParams, dialect: Dialect, limitsInside: boolean) {
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
    .$if(limitsInside, (qb) => qb.where((eb) => withinLimits(eb, p, dialect)))
    .returningAll()
    .returning((eb) =>
      eb
        .selectFrom('companies')
        .select('companies.name')
        .whereRef('companies.id', '=', 'contacts.company_id')
        .as('company_name'),
    );
}

// SQLite: the limits, the UPDATE, then the timeline event, in one (group) transaction — no writable CTEs. The
// limits are a statement of their own: inside the UPDATE, SQLite spent ~70 µs more on the open-lead count than the
// same count alone (~7 µs; decision 024). Still exact: one connection, and the group's claims run one by one.
// (Read from the lead's row only to have a row: no row, no claim — the caller then says 404.)
const runLimitCheck = compiledOnce<ClaimParams, { ok: number }>(
  ['contactId', 'repId', 'since', 'openDefault', 'dailyDefault'],
  (db, p, d) =>
    db
      .selectFrom('contacts')
      .where('contacts.id', '=', p.contactId)
      .select((eb) => withinLimits(eb, p, d).as('ok')),
);
const runClaimUpdate = compiledOnce<ClaimParams, Omit<ContactWithNames, 'owner_name'>>(
  ['contactId', 'repId', 'at'],
  (db, p, d) => claimUpdate(db, p, d, false),
);
type EventParams = { id: string; contactId: string; companyId: string | null; actorId: string; at: string };
const runInsertClaimEvent = compiledOnce<EventParams, unknown>(
  ['id', 'contactId', 'companyId', 'actorId', 'at'],
  (db, p) =>
    db.insertInto('timeline_events').values({
      id: p.id,
      kind: claimedKind,
      contact_id: p.contactId,
      company_id: p.companyId,
      actor_id: p.actorId,
      occurred_at: p.at,
    }),
);

// PostgreSQL: one statement, one round trip — the UPDATE and the event in a writable CTE.
const runClaimStatement = compiledOnce<ClaimParams, Omit<ContactWithNames, 'owner_name'>>(
  claimKeys,
  (db, p, d) =>
    db
      .with('claimed', (qb) => claimUpdate(qb, p, d, true))
      .with('event', (qb) =>
        qb
          .insertInto('timeline_events')
          .columns(['id', 'kind', 'contact_id', 'company_id', 'actor_id', 'occurred_at'])
          .expression((eb) =>
            eb
              .selectFrom('claimed')
              .select([
                eb.val(p.eventId).as('id'),
                claimedKind.as('kind'),
                'claimed.id as contact_id',
                'claimed.company_id',
                eb.val(p.repId).as('actor_id'),
                eb.val(p.at).as('occurred_at'),
              ]),
          ),
      )
      .selectFrom('claimed')
      .selectAll(),
);

type ClaimedRow = Omit<ContactWithNames, 'owner_name'>;

/** One claim on SQLite: the limits, the UPDATE, then (if it matched) the event, on the transaction's connection. */
async function claimOnSqlite(trx: Db, p: ClaimParams): Promise<ClaimedRow | undefined> {
  const [limits] = await runLimitCheck(trx, 'sqlite', p);
  if (!limits?.ok) return undefined;
  const [row] = await runClaimUpdate(trx, 'sqlite', p);
  if (row)
    await runInsertClaimEvent(trx, 'sqlite', {
      id: p.eventId,
      contactId: row.id,
      companyId: row.company_id,
      actorId: p.repId,
      at: p.at,
    });
  return row;
}

/** Claims the lead with its `contact.claimed` event, atomically; undefined when the UPDATE matched nothing. */
export async function claimWithinLimits(
  db: Db,
  dialect: Dialect,
  p: ClaimParams,
): Promise<ClaimedRow | undefined> {
  if (dialect === 'postgres') return (await runClaimStatement(db, dialect, p))[0];
  return inGroupCommit(db, (trx) => claimOnSqlite(trx, p));
}
