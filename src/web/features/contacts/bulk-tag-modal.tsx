import { Alert, Button, Group, Modal, Stack, TagsInput, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { pluralize } from '../../lib/format';
import { type BulkTarget, useBulkTags } from './bulk-api';

/** Adds and removes tags on the selection; contacts the person may not edit are skipped and counted. */
export function BulkTagModal({
  target,
  count,
  onDone,
  onClose,
}: {
  target: BulkTarget;
  count: number;
  onDone: () => void;
  onClose: () => void;
}) {
  const bulkTags = useBulkTags();
  const [add, setAdd] = useState<string[]>([]);
  const [remove, setRemove] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);

  const submit = () => {
    setError(null);
    bulkTags.mutate(
      { ...target, add, remove },
      {
        onSuccess: ({ updated, skipped }) => {
          notifications.show({
            color: 'teal',
            title: 'Tags updated',
            message:
              `${pluralize(updated, 'contact')} changed` +
              (skipped ? ` · ${pluralize(skipped, 'contact')} skipped (not yours to edit)` : ''),
          });
          onDone();
          onClose();
        },
        onError: (e) => setError(e.message),
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={`Tag ${pluralize(count, 'contact')}`} size="md">
      <Stack gap="md">
        {error ? (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        ) : null}
        <TagsInput
          label="Add tags"
          placeholder="Type a tag and press Enter"
          value={add}
          onChange={setAdd}
          data-autofocus
          clearable
        />
        <TagsInput
          label="Remove tags"
          placeholder="Type a tag and press Enter"
          value={remove}
          onChange={setRemove}
          clearable
        />
        <Text size="xs" c="dimmed">
          Tags are lowercased. Leads you don’t own are left as they are.
        </Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={submit} loading={bulkTags.isPending} disabled={!add.length && !remove.length}>
            Apply to {pluralize(count, 'contact')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
