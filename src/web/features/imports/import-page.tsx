import { Anchor, EmptyState, Group, Skeleton, Stack, Stepper, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconChevronLeft, IconFileUnknown } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { dedupePolicyLabels, type Import } from '../../../shared/imports';
import { isApiError } from '../../api/client';
import { LoadError } from '../../components/load-error';
import { PageContainer } from '../../components/page-container';
import { PageHeader } from '../../components/page-header';
import { formatWhen, plural } from './format';
import { ImportProgress } from './import-progress';
import { ImportReport } from './import-report';
import { ImportStatusBadge } from './import-status-badge';
import { isActive, useImport } from './imports-api';
import { ImportsGate } from './imports-page';
import { MappingStep } from './mapping-step';

export function ImportPage() {
  return (
    <ImportsGate>
      <ImportScreen id={useParams().id ?? ''} />
    </ImportsGate>
  );
}

function ImportScreen({ id }: { id: string }) {
  const query = useImport(id);
  const item = query.data;
  useDocumentTitle(`${item?.fileName ?? 'Import'} · Imports · Lowboy`);
  const [editing, setEditing] = useState(false);

  const back = (
    <Anchor component={Link} to="/imports" size="sm" c="dimmed">
      <Group gap={2}>
        <IconChevronLeft size={14} />
        All imports
      </Group>
    </Anchor>
  );
  if (isApiError(query.error) && query.error.status === 404) {
    return (
      <PageContainer>
        {back}
        <EmptyState
          mt={56}
          withIndicatorBackground
          icon={<IconFileUnknown size={26} stroke={1.5} />}
          title="Import not found"
          description="It may have been removed, or the link is wrong."
        />
      </PageContainer>
    );
  }
  return (
    <PageContainer>
      <Stack gap={4} mb="xs">
        {back}
      </Stack>
      {query.isError ? (
        <LoadError title="The import could not load" error={query.error} onRetry={() => query.refetch()} />
      ) : !item ? (
        <Stack gap="md" aria-busy="true">
          <Skeleton height={28} width={320} />
          <Skeleton height={40} />
          <Skeleton height={240} />
        </Stack>
      ) : (
        <>
          <PageHeader
            title={item.fileName}
            description={<Facts item={item} />}
            actions={<ImportStatusBadge item={item} />}
          />
          {item.kind === 'csv' ? <ImportStepper item={item} editing={editing} /> : null}
          {item.status === 'draft' || (editing && item.dryRun && !isActive(item)) ? (
            <MappingStep item={item} onStarted={() => setEditing(false)} />
          ) : isActive(item) ? (
            <ImportProgress item={item} />
          ) : (
            <ImportReport item={item} onEditMapping={() => setEditing(true)} />
          )}
        </>
      )}
    </PageContainer>
  );
}

function Facts({ item }: { item: Import }) {
  const parts = [
    item.kind === 'legacy' ? 'Old dashboard files' : 'CSV',
    item.totalRows === null ? null : plural(item.totalRows, item.kind === 'legacy' ? 'contact' : 'row'),
    item.format ? `${item.format.encoding}, ${delimiterName(item.format.delimiter)}` : null,
    `uploaded by ${item.createdBy?.name ?? 'the command line'} ${formatWhen(item.createdAt)}`,
  ];
  return (
    <Text c="dimmed" size="sm" component="span">
      {parts.filter(Boolean).join(' · ')}
    </Text>
  );
}

const delimiterName = (d: string) =>
  d === ',' ? 'comma' : d === ';' ? 'semicolon' : d === 'tab' ? 'tab' : `“${d}”`;

function ImportStepper({ item, editing }: { item: Import; editing: boolean }) {
  const active =
    item.status === 'draft' || editing
      ? 1
      : isActive(item)
        ? 2
        : item.dryRun && item.status === 'done'
          ? 2
          : 4;
  return (
    <Stepper active={active} size="sm" mb="xl" allowNextStepsSelect={false}>
      <Stepper.Step label="Upload" description="CSV file" />
      <Stepper.Step label="Map columns" description="Fields and preview" />
      <Stepper.Step
        label={item.dryRun && item.status !== 'draft' && !editing ? 'Dry run' : 'Import'}
        description={
          isActive(item)
            ? 'Running'
            : item.status === 'draft' || editing
              ? 'Dry run or import'
              : item.dryRun && item.status === 'done'
                ? 'Nothing written'
                : dedupePolicyLabels[item.dedupe]
        }
        loading={isActive(item)}
      />
      <Stepper.Step label="Report" description="Created, skipped, rejected" />
    </Stepper>
  );
}
