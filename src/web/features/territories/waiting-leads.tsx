import { Group, Paper, Progress, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { stateName } from '../../../shared/us-states';
import type { StateMetrics } from './territories-api';
import type { TerritoryModel } from './territory-model';
import classes from './waiting-leads.module.css';

/** Where leads wait in the pool, most first; a click adds the state to the auto-assign choice. */
export function WaitingLeads({
  states,
  model,
  onPick,
}: {
  states: StateMetrics[];
  model: TerritoryModel;
  onPick: (state: string) => void;
}) {
  const waiting = states
    .filter((s): s is StateMetrics & { state: string } => s.state !== null && s.unassigned > 0)
    .sort((a, b) => b.unassigned - a.unassigned)
    .slice(0, 6);
  const most = waiting[0]?.unassigned ?? 1;
  return (
    <Paper withBorder radius="md" p="lg">
      <Title order={2} size="h4">
        Waiting in the pool
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Unassigned leads by state. Click one to auto-assign it.
      </Text>
      {waiting.length === 0 ? (
        <Text size="sm" c="dimmed">
          Every lead has an owner.
        </Text>
      ) : (
        <Stack gap={4}>
          {waiting.map((s) => {
            const reps = model.repsOf(s.state);
            return (
              <UnstyledButton
                key={s.state}
                onClick={() => onPick(s.state)}
                aria-label={`Auto-assign ${stateName(s.state)}`}
                px={6}
                py={4}
                style={{ borderRadius: 'var(--mantine-radius-sm)' }}
                className={classes.row}
              >
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Text size="sm" fw={500} truncate>
                    {stateName(s.state)}
                  </Text>
                  <Text size="sm" ff="monospace" fw={600}>
                    {s.unassigned.toLocaleString('en-US')}
                  </Text>
                </Group>
                <Progress
                  value={(s.unassigned / most) * 100}
                  size={4}
                  mt={3}
                  color={reps.length ? 'indigo' : 'red'}
                  aria-hidden
                />
                <Text size="xs" c={reps.length ? 'dimmed' : 'red'} mt={2} truncate>
                  {reps.length ? reps.map((r) => r.name).join(', ') : 'No rep works this state'}
                </Text>
              </UnstyledButton>
            );
          })}
        </Stack>
      )}
    </Paper>
  );
}
