import {
  type ContactFilter,
  type ContactListQuery,
  type ContactPage,
  LIST_COUNT_CAP,
} from '../../../shared/contacts';
import type { Actor, AppContext } from '../../context';
import { badRequest } from '../../errors';
import { decodeCursor, encodeCursor } from '../../page-cursor';
import { hasTwoHalves, leadVisibility, seesEverything, statesOfRep } from '../access';
import { matchEntityIds, queryTerms } from '../search';
import {
  countContacts,
  type ListCursor,
  listContactPage,
  pageWithCount,
  type ResolvedFilter,
} from './list-repo';
import { presentContact } from './presenter';
import type { ContactWithNames } from './repo';

// A text query narrows to at most this many matches before the other filters and the sort apply.
const MAX_TEXT_MATCHES = 2000;
const RESTORE_DAYS = 30;

/** Turns the request's filter into what the SQL needs (search matches, the recycle-bin window). */
export async function resolveFilter(
  ctx: AppContext,
  actor: Actor,
  f: ContactFilter,
): Promise<ResolvedFilter> {
  const visibility = await leadVisibility(ctx.db);
  const repStates = hasTwoHalves(actor, visibility) ? await statesOfRep(ctx.db, actor.id) : [];
  const resolved: ResolvedFilter = { ...f, visibility, repStates };
  if (f.deleted === 'only') {
    if (!seesEverything(actor))
      throw badRequest('forbidden_filter', 'Only managers can see deleted contacts.');
    resolved.deletedSince = new Date(ctx.clock.now().getTime() - RESTORE_DAYS * 86_400_000).toISOString();
  }
  if (f.q) {
    const terms = queryTerms(f.q);
    if (terms.length) resolved.ids = await matchEntityIds(ctx.db, 'contact', terms, MAX_TEXT_MATCHES);
  }
  return resolved;
}

export async function listContacts(
  ctx: AppContext,
  actor: Actor,
  query: ContactListQuery,
): Promise<ContactPage> {
  const { sort, dir, cursor, limit, ...filter } = query;
  const f = await resolveFilter(ctx, actor, filter);
  const after = cursor
    ? decodeCursor<ListCursor>(
        cursor,
        (c) => typeof c.id === 'string' && (typeof c.v === 'string' || c.v === null),
      )
    : undefined;
  const pageRows = (readSortIndex: boolean) =>
    listContactPage(ctx.db, actor, f, sort, dir, after, limit, { readSortIndex });
  const count = () => countContacts(ctx.db, actor, f, LIST_COUNT_CAP + 1);
  const {
    page: { rows, col },
    total,
  } = await pageWithCount(ctx.db, limit, LIST_COUNT_CAP + 1, pageRows, count);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(presentContact),
    nextCursor:
      rows.length > limit && last
        ? encodeCursor({ v: last[col as keyof ContactWithNames] as string | null, id: last.id })
        : null,
    total: Math.min(total, LIST_COUNT_CAP),
    totalCapped: total > LIST_COUNT_CAP,
  };
}

/** The exact number of matches, for "select all matching" when the list's count was capped. */
export async function countMatchingContacts(ctx: AppContext, actor: Actor, filter: ContactFilter) {
  return { total: await countContacts(ctx.db, actor, await resolveFilter(ctx, actor, filter)) };
}
