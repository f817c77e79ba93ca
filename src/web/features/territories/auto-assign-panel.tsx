import { Alert, Button, Group, MultiSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowsShuffle } from '@tabler/icons-react';
import { useState } from 'react';
import { stateOptions } from '../../lib/state-options';
import { type AutoAssignPlan, useAutoAssign } from './territories-api';
import type { TerritoryModel } from './territory-model';

const num = (n: number) => n.toLocaleString('en-US');

/** Spread the pool of chosen states over the reps who work them: preview first, then commit. */
export function AutoAssignPanel({
  model,
  states,
  onStatesChange,
}: {
  model: TerritoryModel;
  states: string[];
  onStatesChange: (states: string[]) => void;
}) {
  const run = useAutoAssign();
  const [plan, setPlan] = useState<AutoAssignPlan | null>(null);
  // A new choice of states (here or from the pool list) makes the old preview meaningless.
  const [planFor, setPlanFor] = useState(states);
  if (planFor !== states) {
    setPlanFor(states);
    setPlan(null);
  }
  const [error, setError] = useState<string | null>(null);
  const planned = plan?.reps.reduce((sum, r) => sum + r.count, 0) ?? 0;
  // States with leads waiting first, so the useful choices are at the top.
  const options = [...stateOptions].sort(
    (a, b) => (model.metricsOf(b.value)?.unassigned ?? 0) - (model.metricsOf(a.value)?.unassigned ?? 0),
  );

  const submit = (dryRun: boolean) => {
    setError(null);
    run.mutate(
      { states, dryRun },
      {
        onSuccess: (result) => {
          if (dryRun) return setPlan(result);
          setPlan(null);
          onStatesChange([]);
          notifications.show({
            color: 'teal',
            title: 'Leads assigned',
            message:
              `${num(result.assigned ?? 0)} leads handed out` +
              (result.changedMeanwhile ? ` · ${num(result.changedMeanwhile)} were claimed meanwhile` : ''),
          });
        },
        onError: (e) => setError(e.message),
      },
    );
  };

  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4">
            Auto-assign
          </Title>
          <Text size="sm" c="dimmed">
            Hand out the unassigned leads of chosen states to the reps who work them, by spare capacity.
          </Text>
        </div>
        <MultiSelect
          label="States"
          placeholder={states.length ? undefined : 'Choose states'}
          data={options}
          value={states}
          onChange={onStatesChange}
          searchable
          clearable
          maxDropdownHeight={280}
        />
        {error ? (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        ) : null}
        {plan ? <PlanPreview plan={plan} /> : null}
        <Group justify="flex-end" gap="xs">
          {plan ? (
            <>
              <Button variant="default" onClick={() => setPlan(null)}>
                Back
              </Button>
              <Button
                leftSection={<IconArrowsShuffle size={16} />}
                onClick={() => submit(false)}
                loading={run.isPending}
                disabled={planned === 0}
              >
                Assign {num(planned)} leads
              </Button>
            </>
          ) : (
            <Button
              variant="light"
              onClick={() => submit(true)}
              loading={run.isPending}
              disabled={!states.length}
            >
              Preview
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

function PlanPreview({ plan }: { plan: AutoAssignPlan }) {
  if (plan.total === 0) {
    return (
      <Alert color="gray" variant="light">
        No unassigned leads in these states.
      </Alert>
    );
  }
  return (
    <Stack gap={6} aria-label="Auto-assign preview">
      <Text size="sm">
        <b>{num(plan.total)}</b> unassigned leads
        {plan.unassignable ? ` · ${num(plan.unassignable)} stay in the pool (no rep or no capacity)` : ''}
      </Text>
      <Table fz="sm" withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Rep</Table.Th>
            <Table.Th ta="right">Spare capacity</Table.Th>
            <Table.Th ta="right">Gets</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plan.reps.map((r) => (
            <Table.Tr key={r.repId}>
              <Table.Td>{r.name}</Table.Td>
              <Table.Td ta="right" ff="monospace">
                {num(r.spareBefore)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace" fw={600}>
                {num(r.count)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {plan.reps.length === 0 ? (
        <Text size="sm" c="dimmed">
          No rep works these states yet — assign them on the map first.
        </Text>
      ) : null}
    </Stack>
  );
}
