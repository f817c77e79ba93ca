import { stateName } from '../../../shared/us-states';
import type { RepMetrics, StateMetrics } from './territories-api';

type Row = (string | number)[];

function cell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csv(rows: Row[]): Blob {
  const body = rows.map((r) => r.map(cell).join(',')).join('\r\n');
  return new Blob([`\uFEFF${body}\r\n`], { type: 'text/csv;charset=utf-8' });
}

const pct = (ratio: number) => Math.round(ratio * 1000) / 10;

export function repMetricsCsv(reps: RepMetrics[]): Blob {
  return csv([
    ['Rep', 'States', 'Claimed', 'Open', 'Worked', 'Coverage %', 'Conversion %'],
    ...reps.map((r) => [
      r.name,
      r.states.join(' '),
      r.total,
      r.open,
      r.worked,
      pct(r.coverage),
      pct(r.conversion),
    ]),
  ]);
}

export function stateMetricsCsv(states: StateMetrics[], repsOf: (state: string) => { name: string }[]): Blob {
  return csv([
    ['State', 'Code', 'Reps', 'Leads', 'Unassigned', 'Claimed', 'Worked', 'Coverage %', 'Conversion %'],
    ...states.map((s) => [
      s.state ? stateName(s.state) : 'No state',
      s.state ?? '',
      s.state
        ? repsOf(s.state)
            .map((r) => r.name)
            .join('; ')
        : '',
      s.total,
      s.unassigned,
      s.claimed,
      s.worked,
      pct(s.coverage),
      pct(s.conversion),
    ]),
  ]);
}
