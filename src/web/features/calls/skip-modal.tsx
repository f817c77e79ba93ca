import { Button, Chip, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';

const commonReasons = ['Researching first', 'Not a fit', 'Duplicate', 'Bad timing'];

/** Asks why the lead is skipped; Enter confirms. */
export function SkipModal({
  opened,
  leadName,
  onClose,
  onConfirm,
  busy,
}: {
  opened: boolean;
  leadName: string;
  onClose: () => void;
  onConfirm: (reason: string) => void;
  busy: boolean;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setReason('');
    setError(null);
    onClose();
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const text = reason.trim();
    if (!text) return setError('Say why, so the list can learn from it.');
    onConfirm(text);
    setReason('');
    setError(null);
  };
  return (
    <Modal opened={opened} onClose={close} title={`Skip ${leadName}`} size="md" centered>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <TextInput
            label="Reason"
            placeholder="Why skip this lead?"
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={error}
            data-autofocus
          />
          <Chip.Group>
            <Group gap={6}>
              {commonReasons.map((r) => (
                <Chip key={r} size="xs" checked={reason === r} onChange={() => setReason(r)}>
                  {r}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          <Text size="xs" c="dimmed">
            The lead goes back on the list for later; nothing is logged as a call.
          </Text>
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Skip lead
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
