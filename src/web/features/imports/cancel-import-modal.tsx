import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { Import } from '../../../shared/imports';
import { plural } from './format';
import { useCancelImport } from './imports-api';

/** What cancelling means at this point, said plainly: a draft is discarded; a run keeps what it wrote. */
function consequences(item: Import): { title: string; text: string; keep: string; confirm: string } {
  if (item.status === 'draft') {
    return {
      title: 'Discard this upload?',
      text: `${item.fileName} is removed from Lowboy; nothing was imported from it.`,
      keep: 'Keep mapping',
      confirm: 'Discard upload',
    };
  }
  return {
    title: item.dryRun ? 'Cancel this dry run?' : 'Cancel this import?',
    text: item.dryRun
      ? 'The dry run stops; nothing has been written.'
      : `Contacts already written stay (${plural(item.processedRows, 'row')} processed so far); the rest of ${item.fileName} is not imported.`,
    keep: 'Keep importing',
    confirm: item.dryRun ? 'Cancel dry run' : 'Cancel import',
  };
}

export function CancelImportModal({
  item,
  onClose,
  onCancelled = onClose,
}: {
  item: Import;
  onClose: () => void;
  onCancelled?: () => void;
}) {
  const cancel = useCancelImport(item.id);
  const say = consequences(item);
  return (
    <Modal opened onClose={onClose} title={say.title} size="md">
      <Stack gap="md">
        {cancel.isError ? (
          <Alert color="red" variant="light" role="alert">
            {cancel.error.message}
          </Alert>
        ) : null}
        <Text>{say.text}</Text>
        <Group justify="flex-end" gap="xs" mt="xs">
          <Button variant="default" onClick={onClose} data-autofocus>
            {say.keep}
          </Button>
          <Button
            color="red"
            loading={cancel.isPending}
            onClick={() => cancel.mutate(undefined, { onSuccess: onCancelled })}
          >
            {say.confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
