import { stateName } from '../../../shared/us-states';
import { csvBlob } from '../../lib/csv';
import type { RepMetrics, StateMetrics } from './territories-api';

const pct = (ratio: number) => Math.round(ratio * 1000) / 10;

export function repMetricsCsv(reps: RepMetrics[]): Blob {
  return csvBlob([
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
  return csvBlob([
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
