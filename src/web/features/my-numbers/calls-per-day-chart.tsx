import { Group, Paper, Text, Title } from '@mantine/core';
import type { CallMetrics } from '../../../shared/calls';
import { ChartGridLines } from '../../components/chart-grid-lines';

const HEIGHT = 200;
const dayLabel = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const weekday = new Intl.DateTimeFormat('en-US', { weekday: 'narrow', timeZone: 'UTC' });

/** Calls per day as bars, the connects inside them, and the daily target as a dashed line. */
export function CallsPerDayChart({ metrics }: { metrics: CallMetrics }) {
  const days = metrics.perDay;
  const target = metrics.dailyTarget;
  const top = niceMax(Math.max(1, target ?? 0, ...days.map((d) => d.calls)));
  const y = (n: number) => HEIGHT - (n / top) * HEIGHT;
  const slot = 100 / Math.max(1, days.length);
  const total = days.reduce((s, d) => s + d.calls, 0);
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
      <div style={{ display: 'flex', gap: 8 }}>
        <div style={{ position: 'relative', width: 28, height: HEIGHT }} aria-hidden>
          {[top, top / 2, 0].map((v) => (
            <Text key={v} size="xs" c="dimmed" style={{ position: 'absolute', right: 0, top: y(v) - 8 }}>
              {Math.round(v)}
            </Text>
          ))}
        </div>
        <svg
          width="100%"
          height={HEIGHT}
          viewBox={`0 0 100 ${HEIGHT}`}
          preserveAspectRatio="none"
          role="img"
          aria-label={`${total} calls over ${days.length} days`}
          style={{ flex: 1, overflow: 'visible' }}
        >
          <ChartGridLines height={HEIGHT} />
          {days.map((d, i) => {
            const x = i * slot + slot * 0.18;
            const w = slot * 0.64;
            return (
              <g key={d.date}>
                <title>{`${dayLabel.format(new Date(d.date))}: ${d.calls} calls, ${d.connects} connects`}</title>
                <rect
                  x={x}
                  y={y(d.calls)}
                  width={w}
                  height={HEIGHT - y(d.calls)}
                  fill="var(--mantine-color-blue-3)"
                  rx={0.4}
                />
                <rect
                  x={x}
                  y={y(d.connects)}
                  width={w}
                  height={HEIGHT - y(d.connects)}
                  fill="var(--mantine-color-blue-7)"
                  rx={0.4}
                />
              </g>
            );
          })}
          {target ? (
            <line
              x1={0}
              x2={100}
              y1={y(target)}
              y2={y(target)}
              stroke="var(--mantine-color-orange-6)"
              strokeWidth={1.5}
              strokeDasharray="5 4"
              vectorEffect="non-scaling-stroke"
            />
          ) : null}
        </svg>
      </div>
      <div style={{ display: 'flex', marginLeft: 36 }} aria-hidden>
        {days.map((d, i) => (
          <Text key={d.date} size="xs" c="dimmed" ta="center" style={{ flex: 1, minWidth: 0 }}>
            {days.length <= 14 || i % Math.ceil(days.length / 10) === 0
              ? days.length <= 14
                ? `${weekday.format(new Date(d.date))} ${new Date(d.date).getUTCDate()}`
                : dayLabel.format(new Date(d.date))
              : ''}
          </Text>
        ))}
      </div>
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
