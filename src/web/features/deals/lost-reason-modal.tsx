import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';

export const lostReasons = ['Price', 'Went with a competitor', 'Timing', 'No permit route', 'No response'];

/** Asked when a deal goes to Lost: a reason is required (the funnel and forecast read it). */
export function LostReasonModal({
  title,
  onConfirm,
  onClose,
}: {
  title: string;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const confirm = () => {
    if (!reason.trim()) return setError('Say why the deal was lost.');
    onConfirm(reason.trim());
  };
  return (
    <Modal opened onClose={onClose} title={`Mark “${title}” as lost?`}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Pick a common reason or write your own.
        </Text>
        <Group gap={6}>
          {lostReasons.map((r) => (
            <Button
              key={r}
              size="compact-sm"
              variant={reason === r ? 'filled' : 'default'}
              onClick={() => setReason(r)}
            >
              {r}
            </Button>
          ))}
        </Group>
        <Textarea
          label="Reason"
          autosize
          minRows={2}
          value={reason}
          error={error}
          data-autofocus
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setError(null);
          }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" onClick={confirm}>
            Mark as lost
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
