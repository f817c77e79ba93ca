import { Button, Group, Paper, Skeleton, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { formatRelative } from '../../lib/format';
import { useSaveTalkingPoints, useTalkingPoints } from '../calls/calls-api';

/** Managers: the script every rep sees beside the lead in the call flow. */
export function TalkingPointsEditor() {
  const points = useTalkingPoints();
  const save = useSaveTalkingPoints();
  const [text, setText] = useState('');
  useEffect(() => {
    if (points.data) setText(points.data.text);
  }, [points.data]);
  const changed = points.data ? text !== points.data.text : false;
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    save.mutate(text, {
      onSuccess: () =>
        notifications.show({ color: 'teal', message: 'Talking points saved. Reps see them now.' }),
      onError: (error) =>
        notifications.show({ color: 'red', title: 'Talking points were not saved', message: error.message }),
    });
  };
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label="Edit talking points">
      <Title order={2} size="h4">
        Talking points
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Shown to every rep beside the lead while they call: the opener, questions to ask, answers to
        objections.
      </Text>
      {points.isPending ? (
        <Skeleton height={160} />
      ) : (
        <form onSubmit={submit}>
          <Textarea
            aria-label="Talking points"
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            autosize
            minRows={6}
            maxRows={18}
            placeholder={
              'Opener: "Hi, this is … from Heavy Haulers. We move oversize equipment …"\nAsk: what are you moving in the next 90 days?'
            }
          />
          <Group justify="space-between" mt="sm">
            <Text size="xs" c="dimmed">
              {points.data?.updatedAt
                ? `Last saved ${formatRelative(points.data.updatedAt)}${points.data.updatedBy ? ` by ${points.data.updatedBy}` : ''}`
                : 'Not written yet'}
            </Text>
            <Button type="submit" disabled={!changed} loading={save.isPending}>
              Save talking points
            </Button>
          </Group>
        </form>
      )}
    </Paper>
  );
}
