import type { Db } from '../../../../db/types';
import { type ContactWithNames, selectContactsWithNames } from '../../contacts';
import { inListChunks as chunks } from '../statement-shapes';

/** Contacts a previous legacy import made (deleted ones too: re-importing must not resurrect or duplicate them). */
export async function findContactsByLegacyIds(db: Db, ids: string[]): Promise<ContactWithNames[]> {
  const out: ContactWithNames[] = [];
  for (const part of chunks(ids, 500)) {
    out.push(...(await selectContactsWithNames(db).where('contacts.legacy_id', 'in', part).execute()));
  }
  return out;
}

/** Bodies of the legacy notes already on these contacts, so importing the same files twice adds none. */
export async function findLegacyNoteBodies(db: Db, contactIds: string[]): Promise<Map<string, Set<string>>> {
  const bodies = new Map<string, Set<string>>();
  for (const part of chunks(contactIds, 500)) {
    const rows = await db
      .selectFrom('timeline_events')
      .select(['contact_id', 'data'])
      .where('contact_id', 'in', part)
      .where('kind', '=', 'note')
      .execute();
    for (const r of rows) {
      const data = r.data ? (JSON.parse(r.data) as { body?: string; legacy?: boolean }) : {};
      if (!data.legacy || !data.body || !r.contact_id) continue;
      if (!bodies.has(r.contact_id)) bodies.set(r.contact_id, new Set());
      bodies.get(r.contact_id)!.add(data.body);
    }
  }
  return bodies;
}

/** Fills a company's industry and equipment from the old file where Lowboy has none. */
export async function fillCompanyDetails(
  db: Db,
  details: Map<string, { industry: string | null; equipment: string | null }>,
  at: string,
): Promise<{ id: string; changes: Record<string, { from: null; to: string }> }[]> {
  const changed: { id: string; changes: Record<string, { from: null; to: string }> }[] = [];
  for (const part of chunks([...details.keys()], 500)) {
    const rows = await db
      .selectFrom('companies')
      .select(['id', 'industry', 'equipment'])
      .where('id', 'in', part)
      .execute();
    for (const c of rows) {
      const d = details.get(c.id)!;
      const set: { industry?: string; equipment?: string } = {};
      if (!c.industry && d.industry) set.industry = d.industry;
      if (!c.equipment && d.equipment) set.equipment = d.equipment;
      if (!set.industry && !set.equipment) continue;
      await db
        .updateTable('companies')
        .set((eb) => ({ ...set, updated_at: at, version: eb('version', '+', 1) }))
        .where('id', '=', c.id)
        .execute();
      changed.push({
        id: c.id,
        changes: Object.fromEntries(Object.entries(set).map(([k, v]) => [k, { from: null, to: v }])),
      });
    }
  }
  return changed;
}
