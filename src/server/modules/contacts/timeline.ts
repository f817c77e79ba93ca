import type { Actor, AppContext } from '../../context';
import { contactTimeline, type TimelineEvent } from '../timeline';
import { loadVisibleContact } from './service';

/** A contact's timeline for someone who may see the contact (404 otherwise); the timeline itself takes ids. */
export async function visibleContactTimeline(
  ctx: AppContext,
  actor: Actor,
  contactId: string,
  opts: { kinds?: string[]; cursor?: string; limit: number },
): Promise<{ items: TimelineEvent[]; nextCursor: string | null }> {
  await loadVisibleContact(ctx, actor, contactId);
  return contactTimeline(ctx, contactId, opts);
}
