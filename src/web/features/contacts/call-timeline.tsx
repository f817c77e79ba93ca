import { Badge, Group, Stack, Text } from '@mantine/core';
import { callOutcomeSchema } from '../../../shared/calls';
import { formatDuration, formatExact } from '../../lib/format';
import { outcomeColors, outcomeLabels } from '../../lib/outcome-labels';

// How the contact timeline words the call flow's events (calls logged, skips, follow-up changes).

export const callEventVerbs: Record<string, string> = {
  'call.logged': 'called',
  'call.skipped': 'skipped this lead in the call flow',
  'task.rescheduled': 'rescheduled a follow-up',
  'task.reassigned': 'reassigned a follow-up',
};

export const callEventKinds = ['call.logged', 'call.skipped'];

const text = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : null);

/** The body of a call on the timeline: outcome, duration, the follow-up it set, the notes. */
export function CallEventBody({ kind, data }: { kind: string; data: Record<string, unknown> | null }) {
  if (!data) return null;
  if (kind === 'call.skipped')
    return text(data.reason) ? (
      <Text size="sm" c="dimmed" mt={2}>
        Reason: {String(data.reason)}
      </Text>
    ) : null;
  if (kind === 'task.rescheduled' && text(data.to))
    return (
      <Text size="sm" c="dimmed" mt={2}>
        Now due {formatExact(String(data.to))}
      </Text>
    );
  if (kind === 'task.reassigned') {
    const to = (data.to as { name?: unknown } | undefined)?.name;
    return text(to) ? (
      <Text size="sm" c="dimmed" mt={2}>
        To {String(to)}
      </Text>
    ) : null;
  }
  const outcome = callOutcomeSchema.safeParse(data.outcome);
  if (!outcome.success) return null;
  const duration = typeof data.durationSec === 'number' && data.durationSec > 0 ? data.durationSec : null;
  return (
    <Stack gap={4} mt={4}>
      <Group gap={8}>
        <Badge variant="light" color={outcomeColors[outcome.data]} radius="sm" tt="none">
          {outcomeLabels[outcome.data]}
        </Badge>
        {duration ? (
          <Text size="xs" c="dimmed">
            {formatDuration(duration)}
          </Text>
        ) : null}
        {text(data.followUpAt) ? (
          <Text size="xs" c="dimmed">
            Follow-up {formatExact(String(data.followUpAt))}
          </Text>
        ) : null}
      </Group>
      {text(data.notes) ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {String(data.notes)}
        </Text>
      ) : null}
    </Stack>
  );
}

export const isCallEvent = (kind: string) => kind in callEventVerbs;
