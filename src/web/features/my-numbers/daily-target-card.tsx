import { Button, Group, NumberInput, Paper, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { User } from '../../../shared/users';
import { callListQueryKey } from '../calls/calls-api';
import { useUpdateUser } from '../users/users-api';

/** Managers: the number of calls a day a rep aims for (the ring on their My day). */
export function DailyTargetCard({ rep }: { rep: User }) {
  const update = useUpdateUser();
  const queryClient = useQueryClient();
  const [value, setValue] = useState<number | string>(rep.dailyCallTarget ?? '');
  useEffect(() => setValue(rep.dailyCallTarget ?? ''), [rep.dailyCallTarget]);
  const next = value === '' ? null : Number(value);
  const changed = next !== rep.dailyCallTarget;
  const save = (event: React.FormEvent) => {
    event.preventDefault();
    update.mutate(
      { id: rep.id, patch: { version: rep.version, dailyCallTarget: next } },
      {
        onSuccess: () => {
          void queryClient.invalidateQueries({ queryKey: ['metrics'] });
          void queryClient.invalidateQueries({ queryKey: callListQueryKey });
          notifications.show({
            color: 'teal',
            message: next ? `${rep.name}: ${next} calls a day.` : `${rep.name} has no daily target now.`,
          });
        },
        onError: (error) =>
          notifications.show({ color: 'red', title: 'The target was not saved', message: error.message }),
      },
    );
  };
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label="Daily call target">
      <Title order={2} size="h4">
        Daily call target
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        What {rep.name.split(' ')[0]} aims for each day; it fills the ring on their My day.
      </Text>
      <form onSubmit={save}>
        <Group align="flex-end" gap="sm">
          <NumberInput
            label="Calls a day"
            placeholder="No target"
            value={value}
            onChange={setValue}
            min={1}
            max={1000}
            allowDecimal={false}
            w={160}
          />
          <Button type="submit" disabled={!changed} loading={update.isPending}>
            Save target
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
