import { pipeline, Readable } from 'node:stream';
import {
  type Contact,
  type ContactColumn,
  type ContactFilter,
  contactStatusLabels,
} from '../../../shared/contacts';
import type { Actor, AppContext } from '../../context';
import { csvFileStream } from '../../csv';
import { resolveFilter } from './list';
import { listContactPage } from './list-repo';
import { presentContact } from './presenter';

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

/** Every visible contact matching the filter as CSV, read a page at a time so memory stays flat. */
export async function exportContactsCsv(
  ctx: AppContext,
  actor: Actor,
  filter: ContactFilter,
  columns: ContactColumn[],
): Promise<Readable> {
  const f = await resolveFilter(ctx, actor, filter);
  async function* rows() {
    yield columns.map((c) => columnValue[c][0]);
    let cursor: { v: string | null; id: string } | undefined;
    for (;;) {
      const { rows: page, col } = await listContactPage(ctx.db, actor, f, 'name', 'asc', cursor, 1000);
      for (const r of page.slice(0, 1000)) yield columns.map((c) => columnValue[c][1](presentContact(r)));
      const last = page[999];
      if (page.length <= 1000 || !last) return;
      cursor = { v: last[col], id: last.id };
    }
  }
  // The server's one CSV writer (a leading = + - @ would otherwise run as a formula in Excel). pipeline, not
  // .pipe: a query failing mid-export destroys the CSV stream with its error, so the reply ends and logs it
  // (Fastify listens on the stream it sends); .pipe left the error on the source, where nothing listened, and the
  // process died (issue 15).
  return pipeline(Readable.from(rows()), csvFileStream(), () => {});
}
