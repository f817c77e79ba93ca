import { Group, Progress, Table, Text } from '@mantine/core';
import { formatMoney } from '../deals/deal-format';
import { ReportFrame } from './report-frame';
import { type ReportFilters, useReport } from './reports-api';

export function LeaderboardReport({ filters }: { filters: ReportFilters }) {
  const report = useReport('leaderboard', filters);
  const rows = [...(report.data?.rows ?? [])].sort((a, b) => b.wonCents - a.wonCents || b.calls - a.calls);
  const top = Math.max(1, ...rows.map((r) => r.calls));
  return (
    <ReportFrame
      name="leaderboard"
      title="Rep leaderboard"
      description="Calls, connects, interested, emails and deals won in the period."
      filters={filters}
      query={report}
    >
      {/* On a phone the table scrolls sideways inside its card rather than widening the page. */}
      <Table.ScrollContainer minWidth={720}>
        <Table highlightOnHover verticalSpacing="sm" aria-label="Rep leaderboard">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>#</Table.Th>
              <Table.Th>Rep</Table.Th>
              <Table.Th>Calls</Table.Th>
              <Table.Th ta="right">Connects</Table.Th>
              <Table.Th ta="right">Interested</Table.Th>
              <Table.Th ta="right">Emails</Table.Th>
              <Table.Th ta="right">Deals won</Table.Th>
              <Table.Th ta="right">Won $</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, i) => (
              <Table.Tr key={r.repId}>
                <Table.Td c="dimmed">{i + 1}</Table.Td>
                <Table.Td fw={600}>{r.name}</Table.Td>
                <Table.Td w={220}>
                  <Group gap="xs" wrap="nowrap">
                    <Progress value={(r.calls / top) * 100} w={150} size="md" radius="xs" aria-hidden />
                    {r.calls}
                  </Group>
                </Table.Td>
                <Table.Td ta="right">{r.connects}</Table.Td>
                <Table.Td ta="right">{r.interested}</Table.Td>
                <Table.Td ta="right">{r.emails}</Table.Td>
                <Table.Td ta="right">{r.dealsWon}</Table.Td>
                <Table.Td ta="right" fw={600}>
                  {formatMoney(r.wonCents)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rows.length === 0 ? (
        <Text c="dimmed" ta="center" py="lg">
          No activity in this period.
        </Text>
      ) : null}
    </ReportFrame>
  );
}
