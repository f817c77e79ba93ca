import { textKey } from '../../shared/contact-normalize';
import { isoNow } from '../clock';
import type { AppContext } from '../context';
import { newId } from '../ids';
import {
  type ContactRow,
  ensureCompanies,
  insertContacts,
  insertContactTags,
  prepareContact,
} from '../modules/contacts';
import { contactTerms, insertSearchTerms } from '../modules/search';
import { insertTimelineEvents } from '../modules/timeline';
import { generateLeads } from './lead-generator';

export type SeedLeadsOptions = {
  /** Who owns what: each lead goes to owners[i % owners.length], null meaning the unassigned pool. */
  owners?: (string | null)[];
  batchSize?: number;
  seed?: number;
  onProgress?: (done: number) => void;
};

/**
 * Writes `count` generated leads the way a person's create would (normalized, with companies, tags,
 * search terms and a timeline event), a batch per transaction. For the demo and the benchmarks.
 */
export async function seedLeads(
  ctx: AppContext,
  count: number,
  opts: SeedLeadsOptions = {},
): Promise<number> {
  const owners = opts.owners ?? [null];
  const batchSize = opts.batchSize ?? 2000;
  const at = isoNow(ctx.clock);
  let batch: ReturnType<typeof prepareContact>[] = [];
  let done = 0;
  const flush = async () => {
    await ctx.db.transaction().execute(async (trx) => {
      const companies = await ensureCompanies(
        trx,
        batch.map((p) => p.companyName ?? '').filter(Boolean),
        null,
        at,
      );
      const rows: ContactRow[] = batch.map((p, i) => {
        const company = p.companyName ? companies.get(textKey(p.companyName)) : undefined;
        return {
          ...p.fields,
          id: newId(),
          company_id: company?.id ?? null,
          company_key: company?.key ?? null,
          status: 'not_called',
          owner_id: owners[(done + i) % owners.length] ?? null,
          last_activity_at: null,
          next_follow_up_at: null,
          legacy_id: null,
          created_by: null,
          updated_by: null,
          created_at: at,
          updated_at: at,
          deleted_at: null,
          deleted_by: null,
          version: 1,
        };
      });
      await insertContacts(trx, rows);
      await insertContactTags(
        trx,
        rows.flatMap((r, i) => batch[i]!.tags.map((tag) => ({ contact_id: r.id, tag }))),
      );
      await insertSearchTerms(
        trx,
        'contact',
        rows.map((r, i) => ({ id: r.id, terms: contactTerms({ ...r, companyName: batch[i]!.companyName }) })),
      );
      await insertTimelineEvents(
        trx,
        rows.map((r) => ({
          kind: 'contact.created',
          contactId: r.id,
          companyId: r.company_id,
          actorId: null,
          data: { source: 'seed' },
          at,
        })),
      );
    });
    done += batch.length;
    batch = [];
    opts.onProgress?.(done);
  };
  for (const lead of generateLeads(count, opts.seed)) {
    batch.push(prepareContact(lead));
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length) await flush();
  return done;
}
