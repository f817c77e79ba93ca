import { repColor } from './map-colors';
import type { RepMetrics, StateMetrics, TerritoryMetrics } from './territories-api';

export type ColoredRep = RepMetrics & { color: string };

export type TerritoryModel = {
  /** Active reps by name, each with their map colour. */
  reps: ColoredRep[];
  repsOf: (state: string) => ColoredRep[];
  metricsOf: (state: string) => StateMetrics | undefined;
};

export function territoryModel(metrics: TerritoryMetrics): TerritoryModel {
  const reps = [...metrics.reps]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((r, i) => ({ ...r, color: repColor(i) }));
  const byState = new Map<string, ColoredRep[]>();
  for (const r of reps) for (const s of r.states) byState.set(s, [...(byState.get(s) ?? []), r]);
  const stateMetrics = new Map(metrics.states.map((s) => [s.state, s]));
  return {
    reps,
    repsOf: (state) => byState.get(state) ?? [],
    metricsOf: (state) => stateMetrics.get(state),
  };
}

/** The pattern id of a state shared by several reps (diagonal stripes of their colours). */
export function stripesId(reps: ColoredRep[]): string {
  return `stripes-${reps.map((r) => r.color.slice(1)).join('-')}`;
}

/** The new state lists of the reps whose membership of `state` changes when `chosen` work it. */
export function territoryChanges(reps: RepMetrics[], state: string, chosen: Set<string>) {
  return reps.flatMap((r) => {
    const has = r.states.includes(state);
    if (has === chosen.has(r.repId)) return [];
    const states = has ? r.states.filter((s) => s !== state) : [...r.states, state].sort();
    return [{ repId: r.repId, states }];
  });
}
