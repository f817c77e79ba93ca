import { BarChart } from '@mantine/charts';
import { Box, Table } from '@mantine/core';
import { formatMoneyShort } from '../deals/deal-format';
import { ReportFrame } from './report-frame';
import { type ReportFilters, useReport } from './reports-api';

const HEIGHT = 240;
const monthName = (month: string) =>
  new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month.slice(0, 7)}-01T00:00:00Z`),
  );

/** Weighted pipeline by expected close month beside what history predicts, for the next three months. */
export function ForecastReport({ filters }: { filters: ReportFilters }) {
  const report = useReport('forecast', filters);
  const months = report.data?.months ?? [];
  return (
    <ReportFrame
      name="forecast"
      title="Forecast"
      description="Open deals by expected close month: weighted by stage probability, and as history predicts (win rate × open value by age)."
      filters={filters}
      query={report}
    >
      <Box role="img" aria-label="Forecast by month">
        <BarChart
          h={HEIGHT}
          data={months.map((m) => ({ ...m, label: monthName(m.month) }))}
          dataKey="label"
          series={[
            { name: 'weightedCents', label: 'Weighted pipeline', color: 'blue.6' },
            { name: 'historicalCents', label: 'Historical prediction', color: 'teal.4' },
            { name: 'openCents', label: 'Open value', color: 'gray.3' },
          ]}
          valueFormatter={formatMoneyShort}
          withLegend
          legendProps={{ verticalAlign: 'top', height: 40 }}
          gridAxis="x"
          tickLine="none"
          yAxisProps={{ width: 64 }}
          maxBarWidth={48}
        />
      </Box>
      <Table mt="md" verticalSpacing="xs" aria-label="Forecast table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Month</Table.Th>
            <Table.Th ta="right">Open value</Table.Th>
            <Table.Th ta="right">Weighted</Table.Th>
            <Table.Th ta="right">Historical</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {months.map((m) => (
            <Table.Tr key={m.month}>
              <Table.Td>{monthName(m.month)}</Table.Td>
              <Table.Td ta="right">{formatMoneyShort(m.openCents)}</Table.Td>
              <Table.Td ta="right" fw={600}>
                {formatMoneyShort(m.weightedCents)}
              </Table.Td>
              <Table.Td ta="right">{formatMoneyShort(m.historicalCents)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ReportFrame>
  );
}
