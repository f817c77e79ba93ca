import { type ContactStatus, contactStatuses, contactStatusLabels } from '../../../shared/contacts';
import { callEventKinds, callEventVerbs } from './call-timeline';
import { emailEventKinds, emailEventsWithoutActor, emailEventVerbs } from './email-timeline';
import { leadEventVerbs } from './lead-timeline';

// Human words for what the timeline stores: field names as people say them, values as they read.
const fieldLabels: Record<string, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  title: 'Title',
  email: 'Email',
  phone: 'Phone',
  mobile: 'Mobile',
  city: 'City',
  state: 'State',
  zip: 'ZIP',
  source: 'Source',
  tags: 'Tags',
  notes: 'Background',
  companyId: 'Company',
  status: 'Status',
  ownerId: 'Owner',
  nextFollowUpAt: 'Next follow-up',
};

const camel = (key: string) => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

export function fieldLabel(key: string): string {
  const k = camel(key);
  return fieldLabels[k] ?? k.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());
}

export type ChangeLine = { field: string; text: string };

type Change = { from?: unknown; to?: unknown };

function listOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string' && value.startsWith('[')) {
    try {
      return (JSON.parse(value) as unknown[]).map(String);
    } catch {}
  }
  return typeof value === 'string' && value ? [value] : [];
}

function show(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return 'empty';
  if (key === 'status' && contactStatuses.includes(value as ContactStatus))
    return contactStatusLabels[value as ContactStatus];
  return String(value);
}

/** "City: Tulsa → Broken Arrow"; tags as added/removed; long notes and ids without their values. */
export function describeChange(
  key: string,
  change: Change,
  companyName: (id: string) => string | null,
): ChangeLine {
  const k = camel(key);
  const field = fieldLabel(key);
  if (k === 'tags') {
    const before = listOf(change.from);
    const after = listOf(change.to);
    const added = after.filter((t) => !before.includes(t));
    const removed = before.filter((t) => !after.includes(t));
    const parts = [
      added.length ? `added ${added.join(', ')}` : '',
      removed.length ? `removed ${removed.join(', ')}` : '',
    ];
    return { field, text: parts.filter(Boolean).join('; ') || 'changed' };
  }
  if (k === 'companyId') {
    if (!change.to) return { field, text: 'unlinked' };
    const name = typeof change.to === 'string' ? companyName(change.to) : null;
    return {
      field,
      text: name ? `${change.from ? 'changed to' : 'linked to'} ${name}` : change.from ? 'changed' : 'linked',
    };
  }
  if (k === 'notes') return { field, text: change.to ? 'updated' : 'cleared' };
  return { field, text: `${show(k, change.from)} → ${show(k, change.to)}` };
}

export function changesOf(data: Record<string, unknown> | null): [string, Change][] {
  const changes = data?.changes;
  if (!changes || typeof changes !== 'object') return [];
  return Object.entries(changes as Record<string, Change>);
}

const kindVerbs: Record<string, string> = {
  'contact.created': 'created this contact',
  'contact.imported': 'imported this contact',
  'contact.updated': 'edited the contact',
  'contact.deleted': 'deleted this contact',
  'contact.restored': 'restored this contact',
  note: 'added a note',
  ...leadEventVerbs,
  ...emailEventVerbs,
  ...callEventVerbs,
};

/** "Dana Whitfield created this contact"; an unknown kind ("contact.claimed") reads as "claimed". */
export function eventSentence(kind: string, actorName: string | null): string {
  const verb = kindVerbs[kind] ?? kind.split('.').at(-1)?.replace(/_/g, ' ') ?? kind;
  if (!actorName || emailEventsWithoutActor.has(kind)) return verb.charAt(0).toUpperCase() + verb.slice(1);
  return `${actorName} ${verb}`;
}

export const timelineFilters = [
  { value: 'all', label: 'All', kinds: [] as string[] },
  { value: 'calls', label: 'Calls', kinds: callEventKinds },
  { value: 'notes', label: 'Notes', kinds: ['note'] },
  { value: 'emails', label: 'Emails', kinds: emailEventKinds },
  { value: 'changes', label: 'Changes', kinds: ['contact.updated'] },
  {
    value: 'record',
    label: 'Created & imported',
    kinds: ['contact.created', 'contact.imported', 'contact.deleted', 'contact.restored'],
  },
];
