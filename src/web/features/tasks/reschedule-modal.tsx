import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { FollowUpInput } from '../calls/follow-up-input';
import { fromLocalInput, toLocalInput } from '../calls/lead-time';
import type { Task } from './tasks-api';

/** A new time for a follow-up, typed on the lead's clock (shown on mine too). */
export function RescheduleModal({
  task,
  onClose,
  onSave,
  busy,
}: {
  task: Task | null;
  onClose: () => void;
  onSave: (dueAt: string) => void;
  busy: boolean;
}) {
  return (
    <Modal opened={task !== null} onClose={onClose} title="Reschedule follow-up" centered>
      {task ? <RescheduleForm task={task} onClose={onClose} onSave={onSave} busy={busy} /> : null}
    </Modal>
  );
}

function RescheduleForm({
  task,
  onClose,
  onSave,
  busy,
}: {
  task: Task;
  onClose: () => void;
  onSave: (dueAt: string) => void;
  busy: boolean;
}) {
  const zone = task.contact.timeZone;
  const [value, setValue] = useState(() => toLocalInput(new Date(task.dueAt), zone));
  const [error, setError] = useState<string | null>(null);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const iso = fromLocalInput(value, zone);
    if (!iso) return setError('Enter a date and time.');
    onSave(iso);
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="md">
        <FollowUpInput
          label={`Call ${task.contact.name} at`}
          value={value}
          onChange={(v) => {
            setValue(v);
            setError(null);
          }}
          timeZone={zone}
          error={error}
          required
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            Reschedule
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
