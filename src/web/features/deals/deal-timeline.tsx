import { Group, Paper, Skeleton, Stack, Text, ThemeIcon, Timeline, Title, Tooltip } from '@mantine/core';
import { IconArrowRight, IconPencil, IconPoint, IconSparkles, IconTrophy, IconX } from '@tabler/icons-react';
import { type DealStage, dealStageLabels, dealStages } from '../../../shared/deals';
import { LoadError } from '../../components/load-error';
import { formatExact, formatRelative } from '../../lib/format';
import type { TimelineEvent } from '../contacts/timeline-api';
import { useDealTimeline } from './deals-api';

const stageName = (value: unknown): string | null =>
  typeof value === 'string' && (dealStages as readonly string[]).includes(value)
    ? dealStageLabels[value as DealStage]
    : null;

function describe(event: TimelineEvent): {
  text: string;
  detail?: string;
  icon: typeof IconPoint;
  color: string;
} {
  const who = event.actor?.name ?? 'Lowboy';
  const data = event.data ?? {};
  const to = stageName(data.to ?? data.stage);
  const from = stageName(data.from);
  if (event.kind.includes('stage') || (to && event.kind !== 'deal.created')) {
    const reason = typeof data.lostReason === 'string' ? data.lostReason : undefined;
    return {
      text: `${who} moved it ${from ? `from ${from} ` : ''}to ${to ?? 'another stage'}`,
      detail: reason ? `Reason: ${reason}` : undefined,
      icon: to === 'Won' ? IconTrophy : to === 'Lost' ? IconX : IconArrowRight,
      color: to === 'Won' ? 'teal' : to === 'Lost' ? 'gray' : 'violet',
    };
  }
  if (event.kind.endsWith('created'))
    return { text: `${who} created the deal`, icon: IconSparkles, color: 'teal' };
  if (event.kind.endsWith('updated')) {
    const fields = Array.isArray(data.fields) ? data.fields.join(', ') : undefined;
    return { text: `${who} edited the deal`, detail: fields, icon: IconPencil, color: 'blue' };
  }
  return { text: `${who}: ${event.kind.replace(/[._]/g, ' ')}`, icon: IconPoint, color: 'gray' };
}

/** The deal's own history: created, edited, every stage change (what velocity is computed from). */
export function DealTimeline({ dealId }: { dealId: string }) {
  const timeline = useDealTimeline(dealId);
  return (
    <Paper withBorder radius="md" p="lg">
      <Title order={2} size="h4" mb="md">
        History
      </Title>
      {timeline.isError ? (
        <LoadError title="History could not load" error={timeline.error} onRetry={() => timeline.refetch()} />
      ) : !timeline.data ? (
        <Stack gap="sm">
          <Skeleton height={14} width="60%" />
          <Skeleton height={14} width="40%" />
        </Stack>
      ) : timeline.data.length === 0 ? (
        <Text c="dimmed" size="sm">
          Nothing has happened yet.
        </Text>
      ) : (
        <Timeline bulletSize={24} lineWidth={2} aria-label="Deal history">
          {timeline.data.map((event) => {
            const look = describe(event);
            const Icon = look.icon;
            return (
              <Timeline.Item
                key={event.id}
                bullet={
                  <ThemeIcon size={24} radius="xl" variant="light" color={look.color}>
                    <Icon size={14} />
                  </ThemeIcon>
                }
                title={
                  <Group justify="space-between" wrap="nowrap" gap="xs">
                    <Text size="sm" fw={500}>
                      {look.text}
                    </Text>
                    <Tooltip label={formatExact(event.occurredAt)}>
                      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                        {formatRelative(event.occurredAt)}
                      </Text>
                    </Tooltip>
                  </Group>
                }
              >
                {look.detail ? (
                  <Text size="sm" c="dimmed">
                    {look.detail}
                  </Text>
                ) : null}
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </Paper>
  );
}
