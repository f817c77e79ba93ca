import { Table } from '@mantine/core';
import { days, ReportFrame } from './report-frame';
import { type ReportFilters, useReport } from './reports-api';

export function VelocityReport({ filters }: { filters: ReportFilters }) {
  const report = useReport('velocity', filters);
  return (
    <ReportFrame
      name="velocity"
      title="Pipeline velocity"
      description="Median days from a lead’s first touch to its deal, and to Won, per rep."
      filters={filters}
      query={report}
    >
      <Table highlightOnHover verticalSpacing="sm" aria-label="Pipeline velocity">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Rep</Table.Th>
            <Table.Th ta="right">Deals</Table.Th>
            <Table.Th ta="right">First touch → deal</Table.Th>
            <Table.Th ta="right">First touch → won</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(report.data?.rows ?? []).map((r) => (
            <Table.Tr key={r.repId}>
              <Table.Td fw={600}>{r.name}</Table.Td>
              <Table.Td ta="right">{r.deals}</Table.Td>
              <Table.Td ta="right">{days(r.medianDaysToDeal)}</Table.Td>
              <Table.Td ta="right">{days(r.medianDaysToWon)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ReportFrame>
  );
}
