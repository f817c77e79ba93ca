import { isoNow } from '../../clock';
import type { Actor, AppContext } from '../../context';
import { AppError } from '../../errors';
import { canEditContact } from '../access';
import { insertAudit } from '../audit';
import { insertTimelineEvents } from '../timeline';
import { type BulkRequest, bulkSelectionOf } from './bulk-selection';
import { resolveFilter } from './list';
import { countContacts, listContactPage } from './list-repo';
import * as repo from './repo';

const MAX_BULK = 50_000;

/** Adds and removes tags on chosen contacts or on everything matching a filter (only those one may edit). */
export async function bulkTag(
  ctx: AppContext,
  actor: Actor,
  target: BulkRequest,
  add: string[],
  remove: string[],
): Promise<{ updated: number; skipped: number }> {
  const norm = (xs: string[]) => [...new Set(xs.map((t) => t.trim().toLowerCase()).filter(Boolean))];
  const [toAdd, toRemove] = [norm(add), norm(remove)];
  const selection = bulkSelectionOf(target, 'contacts');
  const f = await resolveFilter(ctx, actor, selection.filter);
  if (selection.ids) f.ids = f.ids ? f.ids.filter((id) => selection.ids!.includes(id)) : selection.ids;
  // Checked before writing anything, so a too-wide selection changes nothing rather than half of it.
  if ((await countContacts(ctx.db, actor, f, MAX_BULK + 1)) > MAX_BULK) {
    throw new AppError(
      422,
      'too_many_contacts',
      `Tag at most ${MAX_BULK.toLocaleString('en-US')} contacts at a time; narrow the filter.`,
    );
  }
  let updated = 0;
  let skipped = 0;
  let cursor: { v: string | null; id: string } | undefined;
  const at = isoNow(ctx.clock);
  for (;;) {
    const { rows, col } = await listContactPage(ctx.db, actor, f, 'created', 'asc', cursor, 500);
    const page = rows.slice(0, 500);
    await ctx.db.transaction().execute(async (trx) => {
      for (const c of page) {
        if (!canEditContact(actor, c)) {
          skipped++;
          continue;
        }
        const before: string[] = c.tags ? JSON.parse(c.tags) : [];
        const after = [...new Set([...before.filter((t) => !toRemove.includes(t)), ...toAdd])];
        if (after.length === before.length && after.every((t) => before.includes(t))) continue;
        await repo.updateContactIfVersion(trx, c.id, c.version, {
          tags: after.length ? JSON.stringify(after) : null,
          updated_at: at,
          updated_by: actor.id,
        });
        await repo.replaceContactTags(trx, c.id, after);
        await insertTimelineEvents(trx, [
          {
            kind: 'contact.updated',
            contactId: c.id,
            actorId: actor.id,
            data: { changes: { tags: { from: before, to: after } } },
            at,
          },
        ]);
        updated++;
      }
    });
    const last = rows[499];
    if (rows.length <= 500 || !last) break;
    cursor = { v: last[col], id: last.id };
  }
  await insertAudit(ctx.db, {
    actorId: actor.id,
    action: 'contact.bulk_tagged',
    objectType: 'contact',
    objectId: null,
    ip: actor.ip,
    details: { add: toAdd, remove: toRemove, updated },
    at,
  });
  return { updated, skipped };
}
