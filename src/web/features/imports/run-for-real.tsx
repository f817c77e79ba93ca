import { Alert, Button, Group } from '@mantine/core';
import { IconAdjustments, IconPlayerPlay } from '@tabler/icons-react';
import type { Import } from '../../../shared/imports';
import { useStartImport } from './imports-api';

/** After a dry run: run the same mapping and duplicate policy for real, or go back to the mapping. */
export function RunForRealActions({ item, onEditMapping }: { item: Import; onEditMapping: () => void }) {
  const start = useStartImport(item.id);
  return (
    <>
      <Group gap="sm">
        <Button
          leftSection={<IconPlayerPlay size={16} />}
          loading={start.isPending}
          onClick={() =>
            start.mutate({ mapping: item.mapping ?? undefined, dedupe: item.dedupe, dryRun: false })
          }
        >
          Import for real
        </Button>
        <Button variant="default" leftSection={<IconAdjustments size={16} />} onClick={onEditMapping}>
          Change mapping
        </Button>
      </Group>
      {start.isError ? (
        <Alert color="red" variant="light" role="alert">
          {start.error.message}
        </Alert>
      ) : null}
    </>
  );
}
