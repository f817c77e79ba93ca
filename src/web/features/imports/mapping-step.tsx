import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle, IconFlask, IconPlayerPlay, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { ColumnMapping, DedupePolicy, Import } from '../../../shared/imports';
import { LoadError } from '../../components/load-error';
import { CancelImportModal } from './cancel-import-modal';
import { ColumnMappingGrid, mappingErrors } from './column-mapping';
import { DedupePolicyPicker } from './dedupe-policy';
import { plural } from './format';
import { usePreview, useStartImport } from './imports-api';
import { PreviewTable } from './preview-table';

/** Step 2: columns → fields with a live preview, the duplicate policy, then a dry run or the import. */
export function MappingStep({ item, onStarted }: { item: Import; onStarted: () => void }) {
  const headers = item.headers ?? [];
  const [mapping, setMapping] = useState<ColumnMapping>(item.mapping ?? headers.map(() => null));
  const [discarding, setDiscarding] = useState(false);
  const navigate = useNavigate();
  const [dedupe, setDedupe] = useState<DedupePolicy>(item.dedupe);
  const [debounced] = useDebouncedValue(mapping, 250);
  const errors = mappingErrors(mapping);
  const nothingMapped = !mapping.some(Boolean);
  const valid = errors.size === 0 && !nothingMapped;
  const preview = usePreview(item.id, debounced, errors.size === 0);
  const start = useStartImport(item.id);
  const rejectedInPreview = preview.data?.filter((r) => r.problems.length > 0).length ?? 0;

  const run = (dryRun: boolean) => start.mutate({ mapping, dedupe, dryRun }, { onSuccess: onStarted });
  const mapped = mapping.filter(Boolean).length;

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg">
        <Group justify="space-between" mb="md">
          <Stack gap={0}>
            <Title order={2}>Map columns</Title>
            <Text c="dimmed" size="sm">
              {mapped} of {plural(headers.length, 'column')} mapped · the rest are ignored
            </Text>
          </Stack>
        </Group>
        <ColumnMappingGrid
          headers={headers}
          mapping={mapping}
          suggested={item.status === 'draft' ? (item.mapping ?? []) : []}
          onChange={setMapping}
        />
        {nothingMapped ? (
          <Alert mt="md" color="yellow" variant="light" icon={<IconAlertTriangle size={18} />}>
            Map at least one column to a contact field.
          </Alert>
        ) : null}
      </Paper>

      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        <Group justify="space-between" px="lg" py="sm">
          <Stack gap={0}>
            <Title order={2}>Preview</Title>
            <Text c="dimmed" size="sm">
              The first rows as they will be stored: phones in international form, states as two-letter codes.
            </Text>
          </Stack>
          {preview.data && rejectedInPreview > 0 ? (
            <Text size="sm" c="red.7" fw={500}>
              {plural(rejectedInPreview, 'row')} of these will be rejected
            </Text>
          ) : null}
        </Group>
        {preview.isError ? (
          <LoadError
            title="The preview could not load"
            error={preview.error}
            onRetry={() => preview.refetch()}
          />
        ) : nothingMapped ? null : (
          <PreviewTable rows={preview.data} />
        )}
      </Paper>

      <Paper withBorder radius="md" p="lg">
        <DedupePolicyPicker value={dedupe} onChange={setDedupe} />
      </Paper>

      {start.isError ? (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title="The import did not start"
          role="alert"
        >
          {start.error.message}
        </Alert>
      ) : null}
      <Group justify="flex-end" gap="sm">
        {item.status === 'draft' ? (
          <Button
            variant="subtle"
            color="gray"
            leftSection={<IconTrash size={16} />}
            onClick={() => setDiscarding(true)}
          >
            Discard upload
          </Button>
        ) : null}
        <Text size="sm" c="dimmed" mr="auto">
          {item.totalRows === null ? null : `${plural(item.totalRows, 'row')} in ${item.fileName}`}
        </Text>
        <Button
          variant="default"
          leftSection={<IconFlask size={16} />}
          disabled={!valid}
          loading={start.isPending && start.variables?.dryRun === true}
          onClick={() => run(true)}
        >
          Dry run
        </Button>
        <Button
          leftSection={<IconPlayerPlay size={16} />}
          disabled={!valid}
          loading={start.isPending && start.variables?.dryRun === false}
          onClick={() => run(false)}
        >
          {item.totalRows === null ? 'Import' : `Import ${plural(item.totalRows, 'row')}`}
        </Button>
      </Group>
      {discarding ? (
        <CancelImportModal
          item={item}
          onClose={() => setDiscarding(false)}
          onCancelled={() => navigate('/imports')}
        />
      ) : null}
    </Stack>
  );
}
