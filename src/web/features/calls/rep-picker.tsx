import { Select } from '@mantine/core';
import { useReps } from './use-reps';

/** A manager's choice of whose list or numbers to look at; `teamLabel` adds a "whole team" choice. */
export function RepPicker({
  value,
  onChange,
  teamLabel,
  placeholder = 'Pick a rep',
}: {
  value: string | null;
  onChange: (repId: string | null) => void;
  teamLabel?: string;
  placeholder?: string;
}) {
  const reps = useReps().map((p) => ({ value: p.id, label: p.name }));
  const data = teamLabel ? [{ value: '', label: teamLabel }, ...reps] : reps;
  return (
    <Select
      aria-label="Rep"
      placeholder={placeholder}
      data={data}
      value={value ?? (teamLabel ? '' : null)}
      onChange={(v) => onChange(v ? v : null)}
      allowDeselect={false}
      w={220}
      searchable
    />
  );
}
