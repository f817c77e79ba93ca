import { Anchor, Badge, EmptyState, Group, Skeleton, Table, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ImportSummary } from '../../../shared/imports';
import { formatCount, formatWhen } from './format';
import { ImportStatusBadge } from './import-status-badge';

const columns = ['File', 'State', 'By', 'When', 'Rows', 'Created', 'Updated', 'Skipped', 'Rejected'];
const numeric = new Set(['Rows', 'Created', 'Updated', 'Skipped', 'Rejected']);

/** Past imports, newest first; each row opens the import (its report, or where it stands). */
export function ImportsTable({ imports }: { imports: ImportSummary[] | undefined }) {
  if (imports?.length === 0) {
    return (
      <EmptyState
        py={48}
        withIndicatorBackground
        icon={<IconFileImport size={26} stroke={1.5} />}
        title="No imports yet"
        description="Bring in a CSV from HubSpot, Salesforce, Pipedrive or a spreadsheet above; each import is listed here with its report."
      />
    );
  }
  return (
    <Table.ScrollContainer minWidth={900} type="native">
      <Table highlightOnHover aria-busy={!imports} aria-label="Past imports">
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c} ta={numeric.has(c) ? 'right' : undefined}>
                <Text size="xs" fw={600} c="dimmed" tt="uppercase" lts={0.3}>
                  {c}
                </Text>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {imports ? imports.map((item) => <ImportRow key={item.id} item={item} />) : <LoadingRows />}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ImportRow({ item }: { item: ImportSummary }) {
  const ran = item.status !== 'draft';
  const count = (n: number, color?: string) => (
    <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
      <Text c={!ran ? 'dimmed' : n > 0 ? color : 'dimmed'}>{ran ? formatCount(n) : '—'}</Text>
    </Table.Td>
  );
  return (
    <Table.Tr>
      <Table.Td>
        <Group gap={8} wrap="nowrap">
          <Anchor component={Link} to={`/imports/${item.id}`} fw={500} size="sm" lineClamp={1} maw={320}>
            {item.fileName}
          </Anchor>
          {item.kind === 'legacy' ? (
            <Badge size="xs" variant="light" color="grape" radius="sm" tt="none">
              Legacy
            </Badge>
          ) : null}
        </Group>
      </Table.Td>
      <Table.Td>
        <ImportStatusBadge item={item} />
      </Table.Td>
      <Table.Td>
        <Text style={{ whiteSpace: 'nowrap' }}>{item.createdBy?.name ?? 'Command line'}</Text>
      </Table.Td>
      <Table.Td>
        <Text c="dimmed" style={{ whiteSpace: 'nowrap' }} title={new Date(item.createdAt).toLocaleString()}>
          {formatWhen(item.createdAt)}
        </Text>
      </Table.Td>
      <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
        <Text>{item.totalRows === null ? '—' : formatCount(item.totalRows)}</Text>
      </Table.Td>
      {count(item.counts.created, 'teal')}
      {count(item.counts.updated)}
      {count(item.counts.skipped)}
      {count(item.counts.rejected, 'red')}
    </Table.Tr>
  );
}

function LoadingRows() {
  return Array.from({ length: 4 }, (_, row) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity
    <Table.Tr key={row}>
      {columns.map((c) => (
        <Table.Td key={c}>
          <Skeleton
            height={14}
            radius="sm"
            width={numeric.has(c) ? 32 : '70%'}
            ml={numeric.has(c) ? 'auto' : 0}
          />
        </Table.Td>
      ))}
    </Table.Tr>
  ));
}
