import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { CallMetrics } from '../../../shared/calls';
import { formatDuration } from '../../lib/format';
import { percent } from '../../lib/outcome-labels';

/** The headline figures of the period. */
export function NumbersCards({ metrics }: { metrics: CallMetrics }) {
  const kept = metrics.followUpsDue ? metrics.followUpsKeptOnTime / metrics.followUpsDue : null;
  const cards = [
    { label: 'Calls', value: metrics.calls.toLocaleString('en-US'), hint: `${metrics.connects} connects` },
    { label: 'Connect rate', value: percent(metrics.connectRate), hint: 'calls where someone answered' },
    { label: 'Interested rate', value: percent(metrics.interestedRate), hint: 'interested ÷ connects' },
    { label: 'Talk time', value: formatTalkTime(metrics.talkTimeSec), hint: 'on logged calls' },
    {
      label: 'Follow-ups kept',
      value: percent(kept),
      hint: metrics.followUpsDue
        ? `${metrics.followUpsKeptOnTime} of ${metrics.followUpsDue} on time`
        : 'none were due',
    },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="md">
      {cards.map((c) => (
        <Paper key={c.label} withBorder radius="md" p="md" role="group" aria-label={`${c.label}: ${c.value}`}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4}>
            {c.label}
          </Text>
          <Text fz={26} fw={650} lh={1.25}>
            {c.value}
          </Text>
          <Text size="xs" c="dimmed">
            {c.hint}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

function formatTalkTime(seconds: number): string {
  if (seconds < 3600) return formatDuration(seconds);
  const h = Math.floor(seconds / 3600);
  const m = Math.round((seconds % 3600) / 60);
  return `${h} h ${m} min`;
}
