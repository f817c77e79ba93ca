import { Paper, ScrollArea, Skeleton, Text, Title } from '@mantine/core';
import { IconMessageChatbot } from '@tabler/icons-react';
import { formatRelative } from '../../lib/format';
import { useTalkingPoints } from './calls-api';

/** The manager's script, beside the lead: what to say and what to ask. */
export function TalkingPointsPanel() {
  const points = useTalkingPoints();
  const text = points.data?.text.trim();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Talking points">
      <Title order={2} size="sm" fw={600} mb={8}>
        <IconMessageChatbot size={16} stroke={1.7} style={{ verticalAlign: -3, marginRight: 6 }} />
        Talking points
      </Title>
      {points.isPending ? (
        <Skeleton height={80} />
      ) : text ? (
        <ScrollArea.Autosize mah={300} type="auto">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} lh={1.55}>
            {text}
          </Text>
        </ScrollArea.Autosize>
      ) : (
        <Text size="sm" c="dimmed">
          {points.isError
            ? 'Talking points could not load.'
            : 'Your manager has not written talking points yet.'}
        </Text>
      )}
      {points.data?.updatedAt ? (
        <Text size="xs" c="dimmed" mt={8}>
          Updated {formatRelative(points.data.updatedAt)}
          {points.data.updatedBy ? ` by ${points.data.updatedBy}` : ''}
        </Text>
      ) : null}
    </Paper>
  );
}
