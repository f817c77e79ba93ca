import { normalizeLocation, splitName } from '../../../../shared/contact-normalize';
import type { ContactInput, ContactStatus } from '../../../../shared/contacts';
import { parseLegacyDate } from './dates';
import { isObject, type LegacyData } from './read-files';
import { mapLegacyStatus } from './statuses';

export type LegacyIssue = {
  ref: string;
  outcome: 'rejected' | 'warning';
  reason: string;
  raw: string | null;
};
export type LegacyActivity = {
  status: ContactStatus | null;
  followUpAt: string | null;
  /** When the rep last touched the lead; null when the entry records no call, note or follow-up. */
  lastActivityAt: string | null;
  note: { body: string; at: string | null; actorId: string | null } | null;
};
export type LegacyEntry = {
  ref: string;
  legacyId: string;
  input: ContactInput;
  company: { industry: string | null; equipment: string | null };
  /** undefined: the files don't say (no assignment); null: unassigned. */
  ownerId: string | null | undefined;
  activity: LegacyActivity | null;
  warnings: LegacyIssue[];
  raw: string;
};
export type ResolveOptions = { reps: Record<string, string | null>; timeZone: string };

/**
 * Joins the three files by contact id and turns them into what Lowboy stores, reporting what it can't place:
 * broken or duplicate contacts and assignments/activities for unknown ids are rejected; unknown reps, statuses
 * and dates are warnings (the contact is imported without that part).
 */
export function resolveLegacyData(data: LegacyData, opts: ResolveOptions) {
  const issues: LegacyIssue[] = [];
  const entries: LegacyEntry[] = [];
  const byId = new Map<string, LegacyEntry>();
  for (const [i, record] of data.contacts.entries()) {
    const raw = JSON.stringify(record) ?? 'null';
    const id = isObject(record) ? idOf(record.id) : null;
    const ref = `contacts.json #${i + 1}${id ? ` (id ${id})` : ''}`;
    if (!isObject(record)) issues.push(rejected(ref, 'Not a contact record.', raw));
    else if (!id) issues.push(rejected(ref, 'The record has no numeric id.', raw));
    else if (byId.has(id))
      issues.push(rejected(ref, `Id ${id} appears twice; the first record was kept.`, raw));
    else {
      const entry: LegacyEntry = {
        ref,
        legacyId: id,
        input: contactInputOf(record),
        company: { industry: text(record.industry), equipment: text(record.equipment) },
        ownerId: undefined,
        activity: null,
        warnings: [],
        raw,
      };
      byId.set(id, entry);
      entries.push(entry);
    }
  }
  const repUser = (rep: unknown, entry: LegacyEntry, file: string): string | null => {
    if (typeof rep !== 'string' || !rep.trim()) return null;
    if (rep.trim() in opts.reps) return opts.reps[rep.trim()] ?? null;
    entry.warnings.push(warning(entry.ref, `${file} names rep "${rep}", who isn't mapped to a user.`));
    return null;
  };
  for (const [key, rep] of Object.entries(data.assignments)) {
    const entry = byId.get(idOf(key) ?? '');
    const raw = JSON.stringify({ [key]: rep });
    if (!entry) issues.push(rejected(`lead_assignments.json "${key}"`, `No contact with id ${key}.`, raw));
    else entry.ownerId = repUser(rep, entry, 'lead_assignments.json');
  }
  for (const [key, value] of Object.entries(data.activities)) {
    const ref = `crm_activities.json ${key}`;
    const raw = JSON.stringify(value) ?? 'null';
    const entry = byId.get(/^contact_(\d+)$/.exec(key.trim())?.[1] ?? '');
    if (!/^contact_\d+$/.test(key.trim()))
      issues.push(rejected(ref, 'The key should look like contact_<id>.', raw));
    else if (!entry) issues.push(rejected(ref, `No contact with id ${key.trim().slice(8)}.`, raw));
    else if (!isObject(value)) issues.push(rejected(ref, 'Not an activity record.', raw));
    else entry.activity = activityOf(value, entry, opts, repUser(value.rep, entry, 'crm_activities.json'));
  }
  return { entries, issues };
}

function activityOf(
  a: Record<string, unknown>,
  entry: LegacyEntry,
  opts: ResolveOptions,
  actorId: string | null,
): LegacyActivity {
  const warn = (reason: string) => entry.warnings.push(warning(entry.ref, reason));
  const statusText = text(a.status);
  const status = statusText ? mapLegacyStatus(statusText) : null;
  if (statusText && !status) warn(`Unknown status "${statusText}"; the status was left as it was.`);
  const leadZone = normalizeLocation(entry.input.state, entry.input.zip).timeZone ?? opts.timeZone;
  const followUp = parseLegacyDate(a.follow_up_date, { zone: opts.timeZone, dateOnlyZone: leadZone });
  if (followUp === 'invalid') warn(`Follow-up date "${String(a.follow_up_date)}" isn't a date; left out.`);
  const updated = parseLegacyDate(a.last_updated, { zone: opts.timeZone });
  if (updated === 'invalid') warn(`last_updated "${String(a.last_updated)}" isn't a date.`);
  const at = updated && updated !== 'invalid' ? updated.iso : null;
  const body = text(a.notes);
  const followUpAt = followUp && followUp !== 'invalid' ? followUp.iso : null;
  const touched = Boolean(body || followUpAt || (status && status !== 'not_called'));
  return {
    status,
    followUpAt,
    lastActivityAt: touched ? at : null,
    note: body ? { body, at, actorId } : null,
  };
}

function contactInputOf(r: Record<string, unknown>): ContactInput {
  const full = text(r.contact_name) ?? text(r.name);
  const split = full ? splitName(full) : { first: text(r.first_name), last: text(r.last_name) };
  return {
    firstName: split.first,
    lastName: split.last,
    companyName: text(r.company),
    title: text(r.title),
    email: text(r.email),
    phone: text(r.phone),
    mobile: text(r.mobile),
    city: text(r.city),
    state: text(r.state),
    zip: text(r.zip),
    source: text(r.source),
  };
}

/** Old ids are numbers, sometimes written as strings. */
function idOf(v: unknown): string | null {
  const s = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';
  return /^\d{1,18}$/.test(s) ? String(BigInt(s)) : null;
}

function text(v: unknown): string | null {
  if (typeof v === 'number') return String(v);
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

const rejected = (ref: string, reason: string, raw: string | null): LegacyIssue => ({
  ref,
  outcome: 'rejected',
  reason,
  raw,
});
const warning = (ref: string, reason: string): LegacyIssue => ({
  ref,
  outcome: 'warning',
  reason,
  raw: null,
});
