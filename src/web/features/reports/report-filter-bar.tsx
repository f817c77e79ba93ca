import { Group, SegmentedControl, Select } from '@mantine/core';
import { DateField } from '../../components/date-field';
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
          <DateField
            aria-label="From"
            value={custom.from}
            maxDate={custom.to || undefined}
            clearable={false}
            onChange={(from) => controls.setCustom(from, custom.to)}
            w={150}
          />
          <DateField
            aria-label="To"
            value={custom.to}
            minDate={custom.from || undefined}
            clearable={false}
            onChange={(to) => controls.setCustom(custom.from, to)}
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
