import { Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { type CallMetrics, callOutcomes } from '../../../shared/calls';
import { outcomeColors, outcomeLabels } from '../../lib/outcome-labels';

/** How the calls ended, one bar per outcome, in the order of the outcome buttons. */
export function OutcomeBreakdown({ metrics }: { metrics: CallMetrics }) {
  const total = metrics.calls;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label="Outcomes" h="100%">
      <Title order={2} size="h4" mb="md">
        Outcomes
      </Title>
      <Stack gap={10}>
        {callOutcomes.map((outcome) => {
          const n = metrics.outcomes[outcome] ?? 0;
          const share = total ? (n / total) * 100 : 0;
          return (
            <div key={outcome}>
              <Group justify="space-between" mb={3}>
                <Text size="sm">{outcomeLabels[outcome]}</Text>
                <Text size="sm" fw={600}>
                  {n}
                  <Text span size="xs" c="dimmed" fw={400}>
                    {' '}
                    {total ? `· ${Math.round(share)}%` : ''}
                  </Text>
                </Text>
              </Group>
              <Progress value={share} color={outcomeColors[outcome]} size="sm" radius="xl" aria-hidden />
            </div>
          );
        })}
      </Stack>
    </Paper>
  );
}
