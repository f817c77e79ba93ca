import type { ContactInput } from '../../../shared/contacts';
import type { DedupePolicy } from '../../../shared/imports';
import type { ContactRow, ContactWithNames, PreparedContact } from '../contacts';
import {
  bitOf,
  type DuplicateIndex,
  fillFields,
  keysOfRow,
  maskOfInput,
  type Target,
} from './duplicate-index';
import type { PreparedRow } from './prepare-row';

/** Columns the legacy import sets besides the contact's own fields. */
export type ContactExtras = Partial<
  Pick<ContactRow, 'status' | 'owner_id' | 'next_follow_up_at' | 'last_activity_at' | 'legacy_id'>
>;
/** `prepared` is dropped when a later row fills it in, so the writer normalizes the merged input again. */
export type PendingContact = {
  line: number | null;
  input: ContactInput;
  prepared?: PreparedContact;
  extras?: ContactExtras;
};
export type ExistingFill = {
  contact: ContactWithNames;
  input: ContactInput;
  lines: number[];
  extras?: ContactExtras;
};
export type SkippedRow = { line: number; reason: string };
export type BatchPlan = {
  creates: PendingContact[];
  fills: ExistingFill[];
  skipped: SkippedRow[];
  updated: number;
};

/**
 * Decides each valid row's fate, in file order: create, fill empty fields of the contact it duplicates, or skip.
 * `index` knows the database contacts matching this batch and, within the batch (or the whole file in a dry
 * run), the contacts earlier rows create. Pure: the writer (or the dry run's counters) acts on the plan.
 */
export function planBatch(
  rows: PreparedRow[],
  policy: DedupePolicy,
  index: DuplicateIndex,
  inputOfContact: (c: ContactWithNames) => ContactInput,
): BatchPlan {
  const plan: BatchPlan = { creates: [], fills: [], skipped: [], updated: 0 };
  const fillsById = new Map<string, ExistingFill>();
  for (const row of rows) {
    const keys = keysOfRow(row);
    const match = policy === 'create' ? undefined : index.find(keys);
    if (!match) {
      const pending: PendingContact = { line: row.line, input: row.input, prepared: row.prepared };
      plan.creates.push(pending);
      const target = {
        mask: maskOfInput(row.input),
        phones: phonesOf(row),
        label: `line ${row.line}`,
        pending,
      };
      index.add(
        keys.map((k) => k.key),
        target,
      );
      continue;
    }
    const { target, on } = match;
    const gained = policy === 'fill' ? newFieldsOf(row, target) : 0;
    if (gained === 0) {
      const why = policy === 'fill' ? '; it has nothing the contact is missing' : '';
      plan.skipped.push({ line: row.line, reason: `Duplicate of ${target.label} (same ${on})${why}.` });
      continue;
    }
    target.mask |= gained;
    for (const p of phonesOf(row)) target.phones.add(p);
    plan.updated += 1;
    if (target.pending) {
      fillEmpty(target.pending.input, row.input, gained);
      delete (target.pending as PendingContact).prepared;
    } else if (target.existing) {
      const id = target.existing.id;
      let fill = fillsById.get(id);
      if (!fill) {
        fill = { contact: target.existing, input: inputOfContact(target.existing), lines: [] };
        fillsById.set(id, fill);
        plan.fills.push(fill);
      }
      fillEmpty(fill.input, row.input, gained);
      fill.lines.push(row.line);
    }
    // What the row brought now identifies the contact too (a later row may match on the filled-in email).
    index.add(keysGainedBy(keys, gained), target);
  }
  return plan;
}

const phonesOf = (row: PreparedRow) =>
  new Set(
    [row.prepared.fields.phone_e164, row.prepared.fields.mobile_e164].filter((p): p is string => Boolean(p)),
  );

/** The fields the row has and the contact lacks (a number it already has, in either column, doesn't count). */
function newFieldsOf(row: PreparedRow, target: Target): number {
  let mask = maskOfInput(row.input);
  const f = row.prepared.fields;
  if (f.phone_e164 && target.phones.has(f.phone_e164)) mask &= ~bitOf('phone');
  if (f.mobile_e164 && target.phones.has(f.mobile_e164)) mask &= ~bitOf('mobile');
  return mask & ~target.mask;
}

/** Copies `fields` (a mask) from one input to the other. */
export function fillEmpty(into: ContactInput, from: ContactInput, fields: number): void {
  for (const f of fillFields) {
    if (!(fields & bitOf(f))) continue;
    (into as Record<string, unknown>)[f] = from[f];
  }
}

function keysGainedBy(keys: ReturnType<typeof keysOfRow>, gained: number): string[] {
  const nameBits = bitOf('firstName') | bitOf('lastName') | bitOf('companyName');
  return keys.filter((k) => (k.field ? gained & bitOf(k.field) : gained & nameBits)).map((k) => k.key);
}
