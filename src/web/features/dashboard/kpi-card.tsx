import { ActionIcon, Anchor, Group, Paper, Popover, Skeleton, Stack, Text } from '@mantine/core';
import { IconArrowDownRight, IconArrowUpRight, IconInfoCircle, IconMinus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { type MetricKey, metricDefinitions } from '../../../shared/metric-definitions';

export type Change = { text: string; direction: 'up' | 'down' | 'flat' } | null;

/** Percent change of a count or amount; percentage points for a rate. */
export function changeOf(value: number | null, previous: number | null, kind: 'amount' | 'rate'): Change {
  if (value === null || previous === null) return null;
  if (kind === 'rate') {
    const points = Math.round((value - previous) * 1000) / 10;
    return { text: `${Math.abs(points)} pts`, direction: points > 0 ? 'up' : points < 0 ? 'down' : 'flat' };
  }
  if (previous === 0)
    return value === 0 ? { text: '0%', direction: 'flat' } : { text: 'new', direction: 'up' };
  const pct = Math.round(((value - previous) / Math.abs(previous)) * 100);
  return { text: `${Math.abs(pct)}%`, direction: pct > 0 ? 'up' : pct < 0 ? 'down' : 'flat' };
}

function ChangeBadge({ change, against }: { change: Change; against: string }) {
  if (!change)
    return (
      <Text size="xs" c="dimmed">
        no earlier figure
      </Text>
    );
  const Icon =
    change.direction === 'up'
      ? IconArrowUpRight
      : change.direction === 'down'
        ? IconArrowDownRight
        : IconMinus;
  const color = change.direction === 'up' ? 'teal.7' : change.direction === 'down' ? 'red.7' : 'dimmed';
  return (
    <Group gap={4} wrap="nowrap">
      <Group gap={2} c={color} wrap="nowrap">
        <Icon size={14} stroke={2} />
        <Text size="xs" fw={600}>
          {change.text}
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        {against}
      </Text>
    </Group>
  );
}

function HowCounted({ metric }: { metric: MetricKey }) {
  const def = metricDefinitions[metric];
  return (
    <Popover width={300} position="bottom-end" withArrow shadow="md">
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          aria-label={`How is ${def.title.toLowerCase()} counted?`}
        >
          <IconInfoCircle size={16} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={6}>
          <Text size="sm" fw={600}>
            How is this counted?
          </Text>
          <Text size="sm">{def.text}</Text>
          <Text size="xs" c="dimmed">
            Defined in docs/metrics.md § {def.title}
          </Text>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

/** One headline number, its change against the previous period, and what it means. */
export function KpiCard({
  metric,
  label,
  value,
  sub,
  change,
  against,
  to,
  loading,
}: {
  metric: MetricKey;
  label: string;
  value: string;
  sub?: ReactNode;
  change: Change;
  against: string;
  to?: string;
  loading?: boolean;
}) {
  return (
    <Paper withBorder radius="md" p="md" role="group" aria-label={`${label}: ${value}`}>
      <Group justify="space-between" wrap="nowrap" gap={4}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4}>
          {to ? (
            <Anchor component={Link} to={to} c="dimmed" inherit underline="hover">
              {label}
            </Anchor>
          ) : (
            label
          )}
        </Text>
        <HowCounted metric={metric} />
      </Group>
      {loading ? (
        <Skeleton height={30} width="60%" my={4} />
      ) : (
        <Text fz={28} fw={650} lh={1.25}>
          {value}
        </Text>
      )}
      {sub ? (
        <Text size="xs" c="dimmed" mb={4}>
          {sub}
        </Text>
      ) : null}
      <ChangeBadge change={change} against={against} />
    </Paper>
  );
}
