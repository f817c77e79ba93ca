import { type Contact, type ContactColumn, contactStatusLabels } from '../../../shared/contacts';
import { apiUrl } from '../../api/client';
import { csvBlob } from '../../lib/csv';
import { filterParams, type ListFilters } from './contact-list-query';

// The same headers and values as the server's export (src/server/modules/contacts/export.ts).
const columnValue: Record<ContactColumn, [string, (c: Contact) => string]> = {
  name: ['Name', (c) => c.name],
  company: ['Company', (c) => c.company?.name ?? ''],
  title: ['Title', (c) => c.title ?? ''],
  phone: ['Phone', (c) => c.phoneE164 ?? c.phone ?? ''],
  email: ['Email', (c) => c.email ?? ''],
  city: ['City', (c) => c.city ?? ''],
  state: ['State', (c) => c.state ?? ''],
  status: ['Status', (c) => contactStatusLabels[c.status]],
  owner: ['Owner', (c) => c.owner?.name ?? ''],
  source: ['Source', (c) => c.source ?? ''],
  tags: ['Tags', (c) => c.tags.join('; ')],
  lastActivity: ['Last activity', (c) => c.lastActivityAt ?? ''],
  nextFollowUp: ['Next follow-up', (c) => c.nextFollowUpAt ?? ''],
  created: ['Created', (c) => c.createdAt],
};

/** The server streams the CSV of a filter; this is its address (a plain download link). */
export function exportUrl(filters: ListFilters, columns: ContactColumn[]): string {
  const params = filterParams(filters);
  // Commas left as they are, so the link reads like the list's own URL.
  const query = `${params.toString().replace(/%2C/g, ',')}${params.size ? '&' : ''}columns=${columns.join(',')}`;
  return apiUrl('/api/contacts/export.csv', { query });
}

/** CSV of contacts already loaded (a hand-picked selection), in the browser. */
export function contactsCsv(contacts: Contact[], columns: ContactColumn[]): Blob {
  return csvBlob([
    columns.map((c) => columnValue[c][0]),
    ...contacts.map((contact) => columns.map((c) => columnValue[c][1](contact))),
  ]);
}

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
