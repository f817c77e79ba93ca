import { type ExpressionBuilder, type SelectQueryBuilder, sql } from 'kysely';
import { dialectOf } from '../../../db/dialect';
import type { DB, Db } from '../../../db/types';
import type { ContactFilter, ContactSortKey } from '../../../shared/contacts';
import type { LeadVisibility } from '../../../shared/lead-rules';
import type { Actor } from '../../context';
import { hasTwoHalves, type VisibilityHalf, visibleContacts } from '../access';
import { type ContactWithNames, selectContactsWithNames } from './repo';

export const sortColumns = {
  name: { col: 'name_key', nullable: false },
  company: { col: 'company_key', nullable: true },
  state: { col: 'state', nullable: true },
  status: { col: 'status', nullable: false },
  lastActivity: { col: 'last_activity_at', nullable: true },
  nextFollowUp: { col: 'next_follow_up_at', nullable: true },
  created: { col: 'created_at', nullable: false },
  updated: { col: 'updated_at', nullable: false },
} as const satisfies Record<ContactSortKey, { col: string; nullable: boolean }>;

type SortCol = (typeof sortColumns)[ContactSortKey]['col'];
export type ListCursor = { v: string | null; id: string };
export type ResolvedFilter = ContactFilter & {
  ids?: string[];
  deletedSince?: string;
  visibility: LeadVisibility;
  /** The rep's territory states (empty for managers), for the visibility rule. */
  repStates: string[];
};

/** Columns a filter tests for equality: none of them orders the list's rows the way a sort key does. */
type EqualityColumn = 'state' | 'status' | 'owner_id' | 'source' | 'phone_e164' | 'email';
const filterColumns: Record<EqualityColumn, ContactSortKey | null> = {
  state: 'state',
  status: 'status',
  owner_id: null,
  source: null,
  phone_e164: null,
  email: null,
};

export type WhereOptions = {
  /** One half of the territory visibility rule (counted apart, each half on its own index). */
  half?: VisibilityHalf;
  /**
   * SQLite: the filter matches so many rows that reading the sort index and testing each row finds a page
   * sooner than fetching every match and sorting them (decision 022): equality tests are written `+column`,
   * which keeps them from choosing the index.
   */
  readSortIndex?: ContactSortKey;
};

/** Every filter of the list as one WHERE, with visibility always applied. */
export function whereFilter(actor: Actor, f: ResolvedFilter, opts: WhereOptions = {}) {
  const sortKey = opts.readSortIndex;
  const col = (c: EqualityColumn) =>
    sortKey && filterColumns[c] !== sortKey
      ? sql<string | null>`+${sql.ref(`contacts.${c}`)}`
      : sql.ref<string | null>(`contacts.${c}`);
  return (eb: ExpressionBuilder<DB, 'contacts'>) => {
    const and = [visibleContacts(actor, f.visibility, f.repStates, { col, half: opts.half })(eb)];
    if (f.deleted === 'only') and.push(eb('contacts.deleted_at', '>=', f.deletedSince ?? ''));
    else and.push(eb('contacts.deleted_at', 'is', null));
    if (f.ids) and.push(f.ids.length ? eb('contacts.id', 'in', f.ids) : eb.lit(false));
    if (f.state?.length) and.push(eb(col('state'), 'in', f.state));
    if (f.status?.length) and.push(eb(col('status'), 'in', f.status));
    if (f.owner === 'none') and.push(eb(col('owner_id'), 'is', null));
    else if (f.owner === 'me') and.push(eb(col('owner_id'), '=', actor.id));
    else if (f.owner) and.push(eb(col('owner_id'), '=', f.owner));
    if (f.source) and.push(eb(col('source'), '=', f.source));
    if (f.tag) {
      const tagged = eb
        .selectFrom('contact_tags')
        .select('contact_tags.contact_id')
        .where('contact_tags.tag', '=', f.tag.toLowerCase());
      // Reading the sort index, each row asks "has it the tag?" (a primary-key probe) instead of all tagged rows.
      and.push(
        sortKey
          ? eb.exists(tagged.whereRef('contact_tags.contact_id', '=', 'contacts.id'))
          : eb('contacts.id', 'in', tagged),
      );
    }
    if (f.hasPhone !== undefined) and.push(eb(col('phone_e164'), f.hasPhone ? 'is not' : 'is', null));
    if (f.hasEmail !== undefined) and.push(eb(col('email'), f.hasEmail ? 'is not' : 'is', null));
    if (f.touchedAfter) and.push(eb('contacts.last_activity_at', '>=', f.touchedAfter));
    if (f.touchedBefore) {
      and.push(
        eb.or([
          eb('contacts.last_activity_at', '<', f.touchedBefore),
          eb('contacts.last_activity_at', 'is', null),
        ]),
      );
    }
    return eb.and(and);
  };
}

type Q = SelectQueryBuilder<DB, 'contacts' | 'companies' | 'users', ContactWithNames>;

/** One page by keyset on (sort column, id); NULLs come last in both directions. */
export async function listContactPage(
  db: Db,
  actor: Actor,
  f: ResolvedFilter,
  sort: ContactSortKey,
  dir: 'asc' | 'desc',
  cursor: ListCursor | undefined,
  limit: number,
  opts: { readSortIndex?: boolean } = {},
) {
  const { col, nullable } = sortColumns[sort];
  const ref = `contacts.${col}` as `contacts.${SortCol}`;
  const cmp = dir === 'asc' ? '>' : '<';
  const where = whereFilter(actor, f, { readSortIndex: opts.readSortIndex ? sort : undefined });
  const base = () => selectContactsWithNames(db).where(where) as unknown as Q;

  const rows: ContactWithNames[] = [];
  if (!cursor || cursor.v !== null) {
    let q = base();
    if (nullable) q = q.where(ref, 'is not', null);
    if (cursor) {
      const v = cursor.v as string;
      q = q.where((eb) =>
        eb.or([eb(ref, cmp, v), eb.and([eb(ref, '=', v), eb('contacts.id', cmp, cursor.id)])]),
      );
    }
    rows.push(
      ...(await q
        .orderBy(ref, dir)
        .orderBy('contacts.id', dir)
        .limit(limit + 1)
        .execute()),
    );
  }
  if (nullable && rows.length <= limit) {
    let q = base().where(ref, 'is', null);
    if (cursor?.v === null) q = q.where('contacts.id', cmp, cursor.id);
    rows.push(
      ...(await q
        .orderBy('contacts.id', dir)
        .limit(limit + 1 - rows.length)
        .execute()),
    );
  }
  return { rows, col };
}

const one = sql.lit(1).as('one');

/** How many contacts match, counting no further than `upTo` when given (100k matches take 100+ ms to count). */
export async function countContacts(db: Db, actor: Actor, f: ResolvedFilter, upTo?: number): Promise<number> {
  const matches = (half?: VisibilityHalf) => {
    // A constant, not the id: then an index holding just the filtered columns answers (index-only scans).
    if (!f.tag)
      return db
        .selectFrom('contacts')
        .select(one)
        .where(whereFilter(actor, f, { half }));
    // Driven from the tag's rows, so the count streams and can stop at `upTo` (IN (subquery) reads them all first).
    return db
      .selectFrom('contact_tags')
      .innerJoin('contacts', 'contacts.id', 'contact_tags.contact_id')
      .select(one)
      .where('contact_tags.tag', '=', f.tag.toLowerCase())
      .where((eb) => whereFilter(actor, { ...f, tag: undefined }, { half })(eb as never));
  };
  // "Own OR pool of my states" makes SQLite scan the table; each half alone reads its own index.
  const all = hasTwoHalves(actor, f.visibility) ? matches('own').unionAll(matches('pool')) : matches();
  const r = await db
    .selectFrom((upTo === undefined ? all : all.limit(upTo)).as('m'))
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** SQLite: about how many contact rows exist (the largest rowid: one index seek, no count). */
export async function contactRowsEstimate(db: Db): Promise<number> {
  const r = await sql<{ n: number | null }>`select max(rowid) as n from contacts`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

/**
 * A page and the (capped) count of all matches. PostgreSQL's planner weighs the LIMIT itself, so both run at once;
 * SQLite's does not, so there the count (capped, cheap) says first whether the filter is broad enough to read the
 * sort index instead (decision 022): sorting the matches costs ~ their number; reading the sort index until a page
 * is found costs ~ the page size × all contacts ÷ matches. The second wins once matches² exceed page size × all.
 */
export async function pageWithCount<Page>(
  db: Db,
  limit: number,
  countUpTo: number,
  page: (readSortIndex: boolean) => Promise<Page>,
  count: () => Promise<number>,
): Promise<{ page: Page; total: number }> {
  if (dialectOf(db).plannerWeighsLimit) {
    const [rows, total] = await Promise.all([page(false), count()]);
    return { page: rows, total };
  }
  const total = await count();
  const broad = total >= countUpTo || total * total > (limit + 1) * (await contactRowsEstimate(db));
  return { page: await page(broad), total };
}
