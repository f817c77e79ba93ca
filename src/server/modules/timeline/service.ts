import type { AppContext } from '../../context';
import { decodeCursor, encodeCursor } from '../../page-cursor';
import { listTimelineOfContact, type TimelineCursor } from './repo';

export type TimelineEvent = {
  id: string;
  kind: string;
  occurredAt: string;
  actor: { id: string; name: string } | null;
  data: Record<string, unknown> | null;
};

/** A contact's timeline, newest first. The caller has checked that the person may see the contact. */
export async function contactTimeline(
  ctx: Pick<AppContext, 'db'>,
  contactId: string,
  opts: { kinds?: string[]; cursor?: string; limit: number },
): Promise<{ items: TimelineEvent[]; nextCursor: string | null }> {
  const rows = await listTimelineOfContact(ctx.db, contactId, {
    kinds: opts.kinds,
    before: opts.cursor
      ? decodeCursor<TimelineCursor>(opts.cursor, (c) => typeof c.at === 'string' && typeof c.id === 'string')
      : undefined,
    limit: opts.limit + 1,
  });
  const page = rows.slice(0, opts.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      id: r.id,
      kind: r.kind,
      occurredAt: r.occurred_at,
      actor: r.actor_id ? { id: r.actor_id, name: r.actor_name ?? '' } : null,
      data: r.data ? (JSON.parse(r.data) as Record<string, unknown>) : null,
    })),
    nextCursor: rows.length > opts.limit && last ? encodeCursor({ at: last.occurred_at, id: last.id }) : null,
  };
}
