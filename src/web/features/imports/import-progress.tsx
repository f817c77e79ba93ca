import { Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconPlayerStop } from '@tabler/icons-react';
import { useState } from 'react';
import type { Import } from '../../../shared/imports';
import { CancelImportModal } from './cancel-import-modal';
import { formatCount } from './format';
import { ImportCounts } from './import-counts';

/** Step 3: the job runs on the server; this polls it (the page can be reloaded or left and come back). */
export function ImportProgress({ item }: { item: Import }) {
  const [confirming, setConfirming] = useState(false);
  const percent = Math.round(item.progress * 100);
  const what = item.dryRun ? 'Dry run' : 'Import';
  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg">
        <Group justify="space-between" align="flex-start" mb="md">
          <Stack gap={0}>
            <Title order={2}>{title(item, what)}</Title>
            <Text c="dimmed" size="sm">
              {item.status === 'queued'
                ? 'Waiting for the import runner; it starts in a moment.'
                : item.building
                  ? 'Every row is in. Sorting the contact list and building the search index for them (about half a minute per million rows); search finds the new contacts when this is done.'
                  : 'You can leave this page: the import keeps running and this page picks it up again.'}
            </Text>
          </Stack>
          {/* Every row is in: cancelling would change nothing that is written. */}
          {item.building ? null : (
            <Button
              variant="default"
              color="red"
              leftSection={<IconPlayerStop size={16} />}
              onClick={() => setConfirming(true)}
            >
              Cancel import
            </Button>
          )}
        </Group>
        <Progress
          value={percent}
          size="lg"
          radius="sm"
          striped
          animated
          aria-label={item.building ? `${what}: building indexes` : `${what} progress`}
          transitionDuration={300}
        />
        <Group justify="space-between" mt={6}>
          <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {formatCount(item.processedRows)}
            {item.totalRows === null ? '' : ` of ${formatCount(item.totalRows)}`} rows
          </Text>
          <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {item.building ? 'Building indexes…' : `${percent}%`}
          </Text>
        </Group>
      </Paper>
      <ImportCounts item={item} />
      {confirming ? <CancelImportModal item={item} onClose={() => setConfirming(false)} /> : null}
    </Stack>
  );
}

function title(item: Import, what: string): string {
  if (item.status === 'queued') return `${what} queued`;
  return item.building ? `${what} finishing` : `${what} running`;
}
