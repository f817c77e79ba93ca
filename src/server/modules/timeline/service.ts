import type { AppContext } from '../../context';
import { badRequest } from '../../errors';
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
    before: opts.cursor ? decodeCursor(opts.cursor) : undefined,
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

function encodeCursor(c: TimelineCursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

function decodeCursor(s: string): TimelineCursor {
  try {
    const c = JSON.parse(Buffer.from(s, 'base64url').toString()) as TimelineCursor;
    if (typeof c.at === 'string' && typeof c.id === 'string') return c;
  } catch {}
  throw badRequest('invalid_cursor', 'That page cursor is not valid; start from the first page.');
}
