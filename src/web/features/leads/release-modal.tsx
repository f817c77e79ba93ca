import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Contact } from '../../../shared/contacts';
import { pluralize } from '../../lib/format';
import { useReleaseLead } from './leads-api';

/** Back to the pool, with the reason the next rep (and the manager) will read on the timeline. */
export function ReleaseModal({
  contacts,
  onDone,
  onClose,
}: {
  contacts: Contact[];
  onDone?: () => void;
  onClose: () => void;
}) {
  const release = useReleaseLead();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [touched, setTouched] = useState(false);
  const missing = reason.trim() === '';

  const [busy, setBusy] = useState(false);
  const single = contacts.length === 1 ? contacts[0] : undefined;

  const submit = async () => {
    setTouched(true);
    if (missing) return;
    setError(null);
    setBusy(true);
    let released = 0;
    try {
      // One at a time: each release is its own conditional change on the server.
      for (const c of contacts) {
        await release.mutateAsync({ id: c.id, reason: reason.trim() });
        released++;
      }
      notifications.show({
        color: 'teal',
        title: single ? 'Lead released' : `${pluralize(released, 'lead')} released`,
        message: single ? `${single.name} is back in the pool.` : 'They are back in the pool.',
      });
      onDone?.();
      onClose();
    } catch (e) {
      setError(`${released ? `${pluralize(released, 'lead')} released; then: ` : ''}${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={single ? `Release ${single.name}` : `Release ${pluralize(contacts.length, 'lead')}`}
      size="md"
    >
      <Stack gap="md">
        {error ? (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        ) : null}
        <Textarea
          label="Reason"
          description="Shown on the lead's timeline."
          placeholder="e.g. Wrong region — they ship out of Louisiana"
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={touched && missing ? 'Say why you are releasing it.' : undefined}
          required
          autosize
          minRows={3}
          maxLength={500}
          data-autofocus
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="orange" onClick={() => void submit()} loading={busy}>
            Release to pool
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
