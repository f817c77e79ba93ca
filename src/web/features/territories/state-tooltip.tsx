import { Group, Stack, Text } from '@mantine/core';
import { stateName } from '../../../shared/us-states';
import { percent } from './map-colors';
import type { TerritoryModel } from './territory-model';

/** What the map says about a state under the pointer. */
export function StateTooltip({ code, model }: { code: string; model: TerritoryModel }) {
  const m = model.metricsOf(code);
  const reps = model.repsOf(code);
  const rows: [string, string][] = [
    ['Leads', (m?.total ?? 0).toLocaleString('en-US')],
    ['Unassigned', (m?.unassigned ?? 0).toLocaleString('en-US')],
    ['Claimed', (m?.claimed ?? 0).toLocaleString('en-US')],
    ['Worked', (m?.worked ?? 0).toLocaleString('en-US')],
    ['Coverage', percent(m?.coverage ?? 0)],
    ['Conversion', percent(m?.conversion ?? 0)],
  ];
  return (
    <Stack gap={6}>
      <Text fw={700}>
        {stateName(code)}{' '}
        <Text span c="dimmed" fw={500}>
          {code}
        </Text>
      </Text>
      <Text size="sm" c={reps.length ? undefined : 'dimmed'} fs={reps.length ? undefined : 'italic'}>
        {reps.length ? reps.map((r) => r.name).join(', ') : 'No rep assigned'}
      </Text>
      <Stack gap={2}>
        {rows.map(([label, value]) => (
          <Group key={label} justify="space-between">
            <Text size="sm" c="dimmed">
              {label}
            </Text>
            <Text size="sm" fw={600} ff="monospace">
              {value}
            </Text>
          </Group>
        ))}
      </Stack>
      <Text size="xs" c="dimmed">
        Click to assign reps
      </Text>
    </Stack>
  );
}
