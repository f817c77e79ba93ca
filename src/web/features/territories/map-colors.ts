import { DEFAULT_THEME } from '@mantine/core';

const c = DEFAULT_THEME.colors;
// Distinct, print-friendly hues; a rep keeps theirs as long as the team's order (by name) does not change.
const repPalette = [
  c.indigo[5],
  c.orange[5],
  c.teal[5],
  c.grape[5],
  c.yellow[4],
  c.cyan[6],
  c.pink[5],
  c.lime[7],
  c.blue[4],
  c.red[6],
  c.violet[3],
  c.green[7],
];

export const UNASSIGNED_FILL = c.gray[2];
export const NO_DATA_FILL = c.gray[1];

export function repColor(index: number): string {
  return repPalette[index % repPalette.length]!;
}

/** Coverage (worked ÷ total leads) in five steps, so the legend says exactly what a shade means. */
export const coverageSteps = [
  { from: 0, to: 0.1, color: c.red[2], label: '< 10%' },
  { from: 0.1, to: 0.25, color: c.orange[2], label: '10–25%' },
  { from: 0.25, to: 0.5, color: c.yellow[3], label: '25–50%' },
  { from: 0.5, to: 0.75, color: c.teal[3], label: '50–75%' },
  { from: 0.75, to: 1.01, color: c.teal[6], label: '≥ 75%' },
];

export function coverageColor(coverage: number): string {
  return (coverageSteps.find((s) => coverage >= s.from && coverage < s.to) ?? coverageSteps[0]!).color;
}

export function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}
