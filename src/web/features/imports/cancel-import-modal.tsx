import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { Import } from '../../../shared/imports';
import { plural } from './format';
import { useCancelImport } from './imports-api';

/** Cancelling keeps what is already written, so it is confirmed with that said plainly. */
export function CancelImportModal({ item, onClose }: { item: Import; onClose: () => void }) {
  const cancel = useCancelImport(item.id);
  return (
    <Modal opened onClose={onClose} title="Cancel this import?" size="md">
      <Stack gap="md">
        {cancel.isError ? (
          <Alert color="red" variant="light" role="alert">
            {cancel.error.message}
          </Alert>
        ) : null}
        <Text>
          {item.dryRun
            ? 'The dry run stops; nothing has been written.'
            : `Contacts already written stay (${plural(item.processedRows, 'row')} processed so far); the rest of ${item.fileName} is not imported.`}
        </Text>
        <Group justify="flex-end" gap="xs" mt="xs">
          <Button variant="default" onClick={onClose} data-autofocus>
            Keep importing
          </Button>
          <Button
            color="red"
            loading={cancel.isPending}
            onClick={() => cancel.mutate(undefined, { onSuccess: onClose })}
          >
            Cancel import
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
