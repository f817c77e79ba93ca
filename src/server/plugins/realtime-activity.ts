import type { Actor, AppContext } from '../context';
import { newId } from '../ids';

export type ActivityInput = {
  kind: string;
  at: string;
  contact?: { id: string; name: string } | null;
  summary: string;
  /** Whose activity it is when not the actor's (defaults to the actor). */
  repId?: string | null;
};

/**
 * Tells the live feed (GET /api/events/stream) what a person just did. Call after the change's transaction has
 * committed: a rolled-back change is never announced. Best effort: a lost message costs a feed line, not data.
 */
export function publishActivity(ctx: AppContext, actor: Actor | null, a: ActivityInput): void {
  ctx.events.publish({
    type: 'activity',
    activity: {
      id: newId(),
      kind: a.kind,
      at: a.at,
      repId: a.repId === undefined ? (actor?.id ?? null) : a.repId,
      actor: actor ? { id: actor.id, name: actor.name } : null,
      contact: a.contact ?? null,
      summary: a.summary,
    },
  });
}
