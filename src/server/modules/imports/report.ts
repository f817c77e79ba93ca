import type { Actor, AppContext } from '../../context';
import { csvText } from '../../csv';
import * as repo from './repo';
import { loadImport } from './service';

const PAGE = 2000;

/**
 * The report as CSV, streamed a page at a time: for a CSV import each rejected or skipped row with its line,
 * reason and original columns (fix them in a spreadsheet and import this file again); for a legacy import
 * each entry with its file reference. Starts with a BOM so Excel reads it as UTF-8.
 */
export async function importReport(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
): Promise<{ fileName: string; lines: AsyncGenerator<string> }> {
  const row = await loadImport(ctx, actor, id);
  const headers = row.headers ? (JSON.parse(row.headers) as string[]) : null;
  const base = row.file_name.replace(/\.[^.]*$/, '').replace(/[^\w.-]+/g, '_') || 'import';
  return { fileName: `${base}-report.csv`, lines: reportLines(ctx, row, headers) };
}

async function* reportLines(
  ctx: AppContext,
  row: repo.ImportRow,
  headers: string[] | null,
): AsyncGenerator<string> {
  const csv = row.kind === 'csv' && headers;
  yield csvText([csv ? ['line', 'outcome', 'reason', ...headers] : ['entry', 'outcome', 'reason', 'data']], {
    bom: true,
  });
  let afterId: string | undefined;
  for (;;) {
    const page = await repo.listIssues(ctx.db, row.id, { afterId, limit: PAGE });
    if (page.length === 0) return;
    yield csvText(
      page.map((i) => {
        if (!csv) return [i.ref ?? '', i.outcome, i.reason, i.raw ?? ''];
        const values = i.raw ? (JSON.parse(i.raw) as string[]) : [];
        return [i.line ?? '', i.outcome, i.reason, ...values];
      }),
    );
    afterId = page.at(-1)!.id;
  }
}
