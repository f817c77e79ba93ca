import { Badge, Table, Text } from '@mantine/core';
import type { ImportIssue, ImportIssueOutcome } from '../../../shared/imports';

const outcomeLabels: Record<ImportIssueOutcome, string> = {
  rejected: 'Rejected',
  skipped: 'Duplicate skipped',
  warning: 'Warning',
};
const outcomeColors: Record<ImportIssueOutcome, string> = {
  rejected: 'red',
  skipped: 'gray',
  warning: 'yellow',
};

/** Rows the import left out or only partly took, with the line (or legacy entry) and why. */
export function ImportIssuesTable({
  label,
  issues,
  legacy,
}: {
  label: string;
  issues: ImportIssue[];
  legacy: boolean;
}) {
  return (
    <Table.ScrollContainer minWidth={640} type="native">
      <Table aria-label={label} verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={legacy ? 280 : 80} ta={legacy ? undefined : 'right'}>
              <Text size="xs" fw={600} c="dimmed" tt="uppercase" lts={0.3}>
                {legacy ? 'Entry' : 'Line'}
              </Text>
            </Table.Th>
            <Table.Th w={170}>
              <Text size="xs" fw={600} c="dimmed" tt="uppercase" lts={0.3}>
                Outcome
              </Text>
            </Table.Th>
            <Table.Th>
              <Text size="xs" fw={600} c="dimmed" tt="uppercase" lts={0.3}>
                Reason
              </Text>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {issues.map((issue, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: one line may carry several issues; the list is fixed
            <Table.Tr key={i}>
              <Table.Td ta={legacy ? undefined : 'right'} style={{ fontVariantNumeric: 'tabular-nums' }}>
                {legacy
                  ? (issue.ref ?? (issue.line === null ? '—' : `Line ${issue.line}`))
                  : (issue.line ?? '—')}
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={outcomeColors[issue.outcome]} radius="sm" tt="none" fw={500}>
                  {outcomeLabels[issue.outcome]}
                </Badge>
              </Table.Td>
              <Table.Td>{issue.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
