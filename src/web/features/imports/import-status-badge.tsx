import { Badge } from '@mantine/core';
import type { ImportStatus, ImportSummary } from '../../../shared/imports';

const statusLabels: Record<ImportStatus, string> = {
  draft: 'Mapping',
  queued: 'Queued',
  running: 'Running',
  done: 'Done',
  failed: 'Failed',
  cancelled: 'Cancelled',
};
const statusColors: Record<ImportStatus, string> = {
  draft: 'gray',
  queued: 'blue',
  running: 'blue',
  done: 'teal',
  failed: 'red',
  cancelled: 'orange',
};

/** The state of an import; a finished dry run says so, since it wrote nothing. */
export function ImportStatusBadge({ item }: { item: Pick<ImportSummary, 'status' | 'dryRun'> }) {
  const label = item.dryRun && item.status === 'done' ? 'Dry run done' : statusLabels[item.status];
  return (
    <Badge variant="dot" color={statusColors[item.status]} radius="sm" tt="none" fw={500}>
      {label}
    </Badge>
  );
}
