import { Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { stateOptions } from '../../lib/state-options';
import { useReps } from '../calls/use-reps';
import { type PeriodKey, periodOptions } from './report-period';
import type { ReportFilterControls } from './use-report-filters';

/** Period (today, this week, this month, custom), rep (managers) and, where it applies, state. */
export function ReportFilterBar({
  controls,
  withState,
}: {
  controls: ReportFilterControls;
  withState?: boolean;
}) {
  const { period, custom, filters } = controls;
  const reps = useReps();
  return (
    <Group gap="sm" wrap="wrap" justify="flex-end">
      {period === 'custom' ? (
        <Group gap={6} wrap="nowrap">
          <TextInput
            type="date"
            aria-label="From"
            value={custom.from}
            max={custom.to}
            onChange={(e) => controls.setCustom(e.currentTarget.value, custom.to)}
            w={150}
          />
          <TextInput
            type="date"
            aria-label="To"
            value={custom.to}
            min={custom.from}
            onChange={(e) => controls.setCustom(custom.from, e.currentTarget.value)}
            w={150}
          />
        </Group>
      ) : null}
      <SegmentedControl
        aria-label="Period"
        value={period}
        onChange={(v) => controls.setPeriod(v as PeriodKey)}
        data={periodOptions}
      />
      {withState ? (
        <Select
          aria-label="State"
          placeholder="All states"
          data={stateOptions}
          value={filters.state ?? null}
          onChange={controls.setState}
          searchable
          clearable
          w={180}
        />
      ) : null}
      {controls.manager ? (
        <Select
          aria-label="Filter by rep"
          placeholder="All reps"
          data={reps.map((r) => ({ value: r.id, label: r.name }))}
          value={filters.repId ?? null}
          onChange={controls.setRep}
          searchable
          clearable
          w={180}
        />
      ) : null}
    </Group>
  );
}
