import { Group, Paper, RingProgress, SimpleGrid, Stack, Text } from '@mantine/core';
import type { CallList } from '../../../shared/calls';
import { percent } from '../../lib/outcome-labels';

type Stats = CallList['stats'];

/** The day at a glance: calls against the target, connects, interested, conversion. */
export function CallStats({ stats }: { stats: Stats }) {
  const target = stats.dailyTarget;
  const progress = target ? Math.min(100, (stats.callsToday / target) * 100) : 0;
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" component="section" aria-label="Today's numbers">
      <Paper withBorder radius="md" p="md">
        <Group gap="md" wrap="nowrap">
          <RingProgress
            size={64}
            thickness={7}
            roundCaps
            sections={progress > 0 ? [{ value: progress, color: progress >= 100 ? 'teal' : 'blue' }] : []}
            label={
              <Text ta="center" size="xs" fw={600}>
                {target ? `${Math.round(progress)}%` : '—'}
              </Text>
            }
            aria-hidden
          />
          <Stat
            label="Calls today"
            value={String(stats.callsToday)}
            hint={target ? `of ${target} target` : 'No target set'}
          />
        </Group>
      </Paper>
      <StatCard label="Connects" value={String(stats.connectsToday)} hint="spoke with someone" />
      <StatCard label="Interested" value={String(stats.interestedToday)} hint="today" />
      <StatCard
        label="Conversion"
        value={percent(stats.conversionToday)}
        hint={`${percent(stats.conversionWeek)} this week`}
      />
    </SimpleGrid>
  );
}

function StatCard(props: { label: string; value: string; hint: string }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Stat {...props} />
    </Paper>
  );
}

function Stat({ label, value, hint }: { label: string; value: string; hint: string }) {
  return (
    <Stack gap={0} aria-label={`${label}: ${value}`} role="group">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4}>
        {label}
      </Text>
      <Text fz={26} fw={650} lh={1.25}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Stack>
  );
}
