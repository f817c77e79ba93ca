import { BarChart } from '@mantine/charts';
import { Box, Group, Paper, Text, Title } from '@mantine/core';
import type { CallMetrics } from '../../../shared/calls';

const HEIGHT = 200;
const dayLabel = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const weekday = new Intl.DateTimeFormat('en-US', { weekday: 'narrow', timeZone: 'UTC' });

/** Calls per day as bars, the connects inside them, and the daily target as a dashed line. */
export function CallsPerDayChart({ metrics }: { metrics: CallMetrics }) {
  const days = metrics.perDay;
  const target = metrics.dailyTarget;
  const top = niceMax(Math.max(1, target ?? 0, ...days.map((d) => d.calls)));
  const total = days.reduce((s, d) => s + d.calls, 0);
  const short = days.length <= 14;
  // Connects and the rest of the calls stacked: the bar's height is the day's calls, connects its dark part.
  const data = days.map((d) => {
    const at = new Date(d.date);
    return {
      day: short ? `${weekday.format(at)} ${at.getUTCDate()}` : dayLabel.format(at),
      title: dayLabel.format(at),
      calls: d.calls,
      connects: d.connects,
      notConnected: d.calls - d.connects,
    };
  });
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label="Calls per day">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4">
          Calls per day
        </Title>
        <Group gap="md">
          <Legend color="var(--mantine-color-blue-3)" label="Calls" />
          <Legend color="var(--mantine-color-blue-7)" label="Connects" />
          {target ? <Legend color="var(--mantine-color-orange-6)" label={`Target ${target}`} dashed /> : null}
        </Group>
      </Group>
      <Box role="img" aria-label={`${total} calls over ${days.length} days`}>
        <BarChart
          h={HEIGHT}
          data={data}
          dataKey="day"
          type="stacked"
          series={[
            { name: 'connects', label: 'Connects', color: 'blue.7' },
            { name: 'notConnected', label: 'Calls', color: 'blue.3' },
          ]}
          gridAxis="x"
          tickLine="none"
          yAxisProps={{ domain: [0, top], ticks: [0, top / 2, top], width: 32 }}
          xAxisProps={{ interval: 'preserveStartEnd', minTickGap: 6 }}
          referenceLines={
            target ? [{ y: target, color: 'orange.6', strokeDasharray: '5 4', strokeWidth: 1.5 }] : []
          }
          tooltipProps={{
            content: ({ payload }) => <DayTooltip day={payload?.[0]?.payload as DayPoint | undefined} />,
          }}
        />
      </Box>
    </Paper>
  );
}

type DayPoint = { title: string; calls: number; connects: number };

function DayTooltip({ day }: { day: DayPoint | undefined }) {
  if (!day) return null;
  return (
    <Paper withBorder shadow="md" radius="md" px="sm" py={6}>
      <Text size="sm">{`${day.title}: ${day.calls} calls, ${day.connects} connects`}</Text>
    </Paper>
  );
}

function niceMax(n: number): number {
  const step = n <= 10 ? 2 : n <= 50 ? 10 : n <= 200 ? 25 : 100;
  return Math.ceil((n * 1.1) / step) * step;
}

function Legend({ color, label, dashed }: { color: string; label: string; dashed?: boolean }) {
  return (
    <Group gap={6} wrap="nowrap">
      <span
        style={{
          width: 14,
          height: dashed ? 0 : 10,
          borderRadius: 2,
          background: dashed ? undefined : color,
          borderTop: dashed ? `2px dashed ${color}` : undefined,
        }}
      />
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Group>
  );
}
