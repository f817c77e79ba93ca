import type { ExpressionBuilder, SelectQueryBuilder } from 'kysely';
import type { DB, Db } from '../../../db/types';
import type { ContactFilter, ContactSortKey } from '../../../shared/contacts';
import type { LeadVisibility } from '../../../shared/lead-rules';
import type { Actor } from '../../context';
import { type ContactWithNames, selectContactsWithNames } from './repo';
import { visibleContacts } from './visibility';

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
};

/** Every filter of the list as one WHERE, with visibility always applied. */
export function whereFilter(actor: Actor, f: ResolvedFilter) {
  return (eb: ExpressionBuilder<DB, 'contacts'>) => {
    const and = [visibleContacts(actor, f.visibility)(eb)];
    if (f.deleted === 'only') and.push(eb('contacts.deleted_at', '>=', f.deletedSince ?? ''));
    else and.push(eb('contacts.deleted_at', 'is', null));
    if (f.ids) and.push(f.ids.length ? eb('contacts.id', 'in', f.ids) : eb.lit(false));
    if (f.state?.length) and.push(eb('contacts.state', 'in', f.state));
    if (f.status?.length) and.push(eb('contacts.status', 'in', f.status));
    if (f.owner === 'none') and.push(eb('contacts.owner_id', 'is', null));
    else if (f.owner === 'me') and.push(eb('contacts.owner_id', '=', actor.id));
    else if (f.owner) and.push(eb('contacts.owner_id', '=', f.owner));
    if (f.source) and.push(eb('contacts.source', '=', f.source));
    if (f.tag) {
      const tag = f.tag.toLowerCase();
      and.push(
        eb('contacts.id', 'in', eb.selectFrom('contact_tags').select('contact_id').where('tag', '=', tag)),
      );
    }
    if (f.hasPhone !== undefined) {
      and.push(
        f.hasPhone ? eb('contacts.phone_e164', 'is not', null) : eb('contacts.phone_e164', 'is', null),
      );
    }
    if (f.hasEmail !== undefined) {
      and.push(f.hasEmail ? eb('contacts.email', 'is not', null) : eb('contacts.email', 'is', null));
    }
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
) {
  const { col, nullable } = sortColumns[sort];
  const ref = `contacts.${col}` as `contacts.${SortCol}`;
  const cmp = dir === 'asc' ? '>' : '<';
  const base = () => selectContactsWithNames(db).where(whereFilter(actor, f)) as unknown as Q;

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

/** How many contacts match, counting no further than `upTo` when given (100k matches take 100+ ms to count). */
export async function countContacts(db: Db, actor: Actor, f: ResolvedFilter, upTo?: number): Promise<number> {
  const matches = db.selectFrom('contacts').select('contacts.id').where(whereFilter(actor, f));
  const r = await db
    .selectFrom((upTo === undefined ? matches : matches.limit(upTo)).as('m'))
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
