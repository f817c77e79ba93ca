import type { ContactWithNames } from '../../contacts';
import { maskOfContact, maskOfInput } from '../duplicate-index';
import { type ContactExtras, type ExistingFill, fillEmpty, type PendingContact } from '../plan-batch';
import { prepareRow } from '../prepare-row';
import type { LegacyEntry, LegacyIssue } from './entries';

export type LegacyNote = { body: string; at: string | null; actorId: string | null };
export type LegacyPlan = {
  creates: (PendingContact & { note: LegacyNote | null; company: LegacyEntry['company'] })[];
  fills: (ExistingFill & { company: LegacyEntry['company'] })[];
  notes: { contactId: string; companyId: string | null; note: LegacyNote }[];
  updated: number;
  unchanged: number;
  issues: LegacyIssue[];
};

/**
 * New legacy ids become contacts. Known ones (an earlier import of these files) change only where the files know
 * more: empty fields get filled; status, owner and follow-up follow the old activity only when it is newer than
 * the last activity Lowboy has — so importing the same files twice changes nothing, and work done in Lowboy
 * since isn't overwritten by stale rows.
 */
export function planLegacyBatch(
  entries: LegacyEntry[],
  existing: Map<string, ContactWithNames>,
  noteBodies: Map<string, Set<string>>,
  inputOfContact: (c: ContactWithNames) => PendingContact['input'],
): LegacyPlan {
  const plan: LegacyPlan = { creates: [], fills: [], notes: [], updated: 0, unchanged: 0, issues: [] };
  for (const entry of entries) {
    const input = checkedInput(entry);
    plan.issues.push(...entry.warnings);
    if (!input) continue;
    const a = entry.activity;
    const current = existing.get(entry.legacyId);
    if (!current) {
      plan.creates.push({
        line: null,
        input,
        extras: {
          legacy_id: entry.legacyId,
          owner_id: entry.ownerId ?? null,
          status: a?.status ?? 'not_called',
          next_follow_up_at: a?.followUpAt ?? null,
          last_activity_at: a?.lastActivityAt ?? null,
        },
        note: a?.note ?? null,
        company: entry.company,
      });
      continue;
    }
    if (current.deleted_at) {
      plan.issues.push(warn(entry, 'The contact was deleted in Lowboy; left deleted.'));
      plan.unchanged += 1;
      continue;
    }
    const merged = inputOfContact(current);
    const gained = maskOfInput(input) & ~maskOfContact(current);
    fillEmpty(merged, input, gained);
    const extras = changedExtras(current, wantedExtras(current, entry));
    const note = a?.note && !noteBodies.get(current.id)?.has(a.note.body) ? a.note : null;
    if (note) plan.notes.push({ contactId: current.id, companyId: current.company_id, note });
    if (gained || Object.keys(extras).length) {
      plan.fills.push({ contact: current, input: merged, lines: [], extras, company: entry.company });
    }
    if (gained || Object.keys(extras).length || note) plan.updated += 1;
    else plan.unchanged += 1;
  }
  return plan;
}

function wantedExtras(current: ContactWithNames, entry: LegacyEntry): ContactExtras {
  const a = entry.activity;
  const newer =
    a?.lastActivityAt && (!current.last_activity_at || a.lastActivityAt > current.last_activity_at);
  if (newer) {
    return {
      ...(a.status ? { status: a.status } : {}),
      next_follow_up_at: a.followUpAt,
      last_activity_at: a.lastActivityAt,
      ...(entry.ownerId !== undefined ? { owner_id: entry.ownerId } : {}),
    };
  }
  return !current.owner_id && entry.ownerId ? { owner_id: entry.ownerId } : {};
}

function changedExtras(current: ContactWithNames, wanted: ContactExtras): ContactExtras {
  return Object.fromEntries(
    Object.entries(wanted).filter(([k, v]) => (current[k as keyof ContactExtras] ?? null) !== (v ?? null)),
  );
}

/**
 * The contact form's checks, but the customer's own history is worth more than one bad field: an invalid email,
 * phone, state or ZIP is left out with a warning. Only a record without name and company is rejected.
 */
function checkedInput(entry: LegacyEntry): PendingContact['input'] | null {
  const input = { ...entry.input };
  for (let attempt = 0; attempt < 3; attempt++) {
    const check = prepareRow(0, input);
    if (check.ok) return check.row.input;
    for (const p of check.problems) {
      if (p.path === 'firstName' && !input.firstName && !input.lastName && !input.companyName) {
        entry.warnings.length = 0;
        entry.warnings.push({
          ref: entry.ref,
          outcome: 'rejected',
          reason: 'No name and no company.',
          raw: entry.raw,
        });
        return null;
      }
      const field = p.path as keyof typeof input;
      entry.warnings.push(warn(entry, `${p.message} Left out.`));
      delete input[field];
    }
  }
  entry.warnings.push({
    ref: entry.ref,
    outcome: 'rejected',
    reason: 'The record could not be read.',
    raw: entry.raw,
  });
  return null;
}

const warn = (entry: LegacyEntry, reason: string): LegacyIssue => ({
  ref: entry.ref,
  outcome: 'warning',
  reason,
  raw: null,
});
