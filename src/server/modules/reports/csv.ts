import { csvText } from '../../csv';

/** A report as CSV: its table (rows, steps, cells, months; the KPI cards one per line). */
export function reportCsv(name: string, data: unknown): string {
  const rows = tableOf(name, data);
  const columns = rows[0] ? Object.keys(rows[0]) : ['value'];
  return csvText(rows, { columns, bom: true });
}

function tableOf(name: string, data: unknown): Record<string, unknown>[] {
  const d = data as Record<string, unknown>;
  if (name === 'kpis')
    return Object.entries(d).map(([metric, v]) => ({
      metric,
      ...(v as { value: unknown; previous: unknown }),
    }));
  const list = (d.rows ?? d.steps ?? d.cells ?? d.months ?? []) as Record<string, unknown>[];
  return list;
}
