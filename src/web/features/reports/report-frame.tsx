import { Button, Group, Paper, Skeleton, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { ReportName } from '../../../shared/deals';
import { LoadError } from '../../components/load-error';
import { type ReportFilters, reportCsvUrl } from './reports-api';

/** A report's card: title, what it shows, the CSV export of exactly these filters, and its body. */
export function ReportFrame({
  name,
  title,
  description,
  filters,
  query,
  children,
}: {
  name: ReportName;
  title: string;
  description: string;
  filters: ReportFilters;
  query: { isError: boolean; error: unknown; data: unknown; refetch: () => unknown };
  children: ReactNode;
}) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={title}>
      <Group justify="space-between" align="flex-start" mb="md">
        <div>
          <Title order={2} size="h4">
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        </div>
        <Button
          component="a"
          href={reportCsvUrl(name, filters)}
          download
          variant="default"
          size="xs"
          leftSection={<IconDownload size={14} />}
        >
          Export CSV
        </Button>
      </Group>
      {query.isError ? (
        <LoadError
          title={`${title} could not load`}
          error={query.error as Error}
          onRetry={() => query.refetch()}
        />
      ) : query.data ? (
        children
      ) : (
        <Skeleton height={260} radius="md" />
      )}
    </Paper>
  );
}

export const pct = (n: number | null) => (n === null ? '—' : `${Math.round(n * 1000) / 10}%`);
export const days = (n: number | null) => (n === null ? '—' : `${Math.round(n * 10) / 10} d`);
