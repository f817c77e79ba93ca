import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { Import } from '../../../shared/imports';
import { formatCount } from './format';

/** The report's numbers; a dry run says what would have happened. */
export function ImportCounts({ item }: { item: Import }) {
  const would = item.dryRun;
  const csv = item.kind === 'csv';
  const stats = [
    { label: would ? 'Would be created' : 'Created', value: item.counts.created, color: 'teal' },
    { label: would ? 'Would be updated' : 'Updated', value: item.counts.updated, color: 'blue' },
    {
      label: csv ? 'Duplicates skipped' : 'Already imported',
      value: item.counts.skipped,
      color: 'gray',
    },
    { label: 'Rejected', value: item.counts.rejected, color: 'red' },
    { label: 'Warnings', value: item.counts.warnings, color: 'yellow' },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm">
      {stats.map((s) => (
        <Paper key={s.label} withBorder radius="md" px="md" py="sm" role="group" aria-label={s.label}>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase" lts={0.3}>
            {s.label}
          </Text>
          <Text
            fz={26}
            fw={600}
            c={s.value > 0 ? `${s.color}.7` : 'dimmed'}
            style={{ fontVariantNumeric: 'tabular-nums' }}
          >
            {formatCount(s.value)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
