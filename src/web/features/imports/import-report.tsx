import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconDownload,
  IconFlask,
  IconPlayerStop,
  IconTrash,
  IconUpload,
} from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Import } from '../../../shared/imports';
import { formatCount, plural } from './format';
import { ImportCounts } from './import-counts';
import { ImportIssuesTable } from './import-issues-table';
import { reportCsvUrl } from './imports-api';
import { RunForRealActions } from './run-for-real';

/** Step 4: how the import ended, its numbers, and every row it left out (all of them in the CSV). */
export function ImportReport({ item, onEditMapping }: { item: Import; onEditMapping: () => void }) {
  const issueCount = item.counts.rejected + item.counts.skipped + item.counts.warnings;
  const title = item.kind === 'csv' ? 'Rows not imported' : 'Entries with problems';
  if (!item.startedAt) return <Outcome item={item} onEditMapping={onEditMapping} />;
  return (
    <Stack gap="lg">
      <Outcome item={item} onEditMapping={onEditMapping} />
      <ImportCounts item={item} />
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        <Group justify="space-between" px="lg" py="sm" wrap="nowrap">
          <Stack gap={0}>
            <Title order={2}>{title}</Title>
            <Text c="dimmed" size="sm">
              {issueCount === 0
                ? item.status !== 'done'
                  ? 'None before it stopped.'
                  : item.dryRun
                    ? 'Every row would be imported.'
                    : 'Every row was imported.'
                : item.issues.length < issueCount
                  ? `The first ${formatCount(item.issues.length)} of ${formatCount(issueCount)}; the report CSV has them all with their original values.`
                  : 'Each with its line in the file and the reason; the report CSV adds the original values.'}
            </Text>
          </Stack>
          <Button
            component="a"
            href={reportCsvUrl(item.id)}
            download
            variant="default"
            leftSection={<IconDownload size={16} />}
          >
            Download report CSV
          </Button>
        </Group>
        {item.issues.length > 0 ? (
          <ImportIssuesTable label={title} issues={item.issues} legacy={item.kind === 'legacy'} />
        ) : null}
      </Paper>
    </Stack>
  );
}

function Outcome({ item, onEditMapping }: { item: Import; onEditMapping: () => void }) {
  const rows = plural(item.processedRows, 'row');
  if (item.status === 'failed') {
    return (
      <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title="The import failed">
        {item.error ?? 'It stopped on an unexpected error.'} {formatCount(item.processedRows)} rows were
        processed before it stopped.
      </Alert>
    );
  }
  if (item.status === 'cancelled' && !item.startedAt) {
    return (
      <Alert color="gray" variant="light" icon={<IconTrash size={18} />} title="Cancelled before it ran">
        Nothing was imported from {item.fileName}.
      </Alert>
    );
  }
  if (item.status === 'cancelled') {
    return (
      <Alert color="orange" variant="light" icon={<IconPlayerStop size={18} />} title="Import cancelled">
        It was stopped after {rows};{' '}
        {item.dryRun ? 'nothing was written.' : 'contacts written before that stay.'}
      </Alert>
    );
  }
  if (item.dryRun) {
    return (
      <Alert
        color="blue"
        variant="light"
        icon={<IconFlask size={18} />}
        title="Dry run finished: nothing was written"
      >
        <Stack gap="sm">
          <Text size="sm">
            {item.kind === 'csv'
              ? `This is what importing ${item.fileName} would do with these settings. Import it for real, or change the mapping and try again.`
              : 'This is what importing the files would do. To import them, upload them again without the dry run.'}
          </Text>
          {item.kind === 'csv' ? (
            <RunForRealActions item={item} onEditMapping={onEditMapping} />
          ) : (
            <Group>
              <Button component={Link} to="/imports/legacy" leftSection={<IconUpload size={16} />}>
                Upload the files again
              </Button>
            </Group>
          )}
        </Stack>
      </Alert>
    );
  }
  return (
    <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} title="Import finished">
      {rows} of {item.fileName} processed: {formatCount(item.counts.created)} created,{' '}
      {formatCount(item.counts.updated)} updated.
    </Alert>
  );
}
