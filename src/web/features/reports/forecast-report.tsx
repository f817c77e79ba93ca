import { Group, Table, Text } from '@mantine/core';
import { ChartGridLines } from '../../components/chart-grid-lines';
import { formatMoney, formatMoneyShort } from '../deals/deal-format';
import { ReportFrame } from './report-frame';
import { type ReportFilters, useReport } from './reports-api';

const HEIGHT = 200;
const monthName = (month: string) =>
  new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month.slice(0, 7)}-01T00:00:00Z`),
  );

function Swatch({ color, label }: { color: string; label: string }) {
  return (
    <Group gap={6}>
      <span style={{ width: 12, height: 10, borderRadius: 2, background: color }} />
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Group>
  );
}

/** Weighted pipeline by expected close month beside what history predicts, for the next three months. */
export function ForecastReport({ filters }: { filters: ReportFilters }) {
  const report = useReport('forecast', filters);
  const months = report.data?.months ?? [];
  const top = Math.max(1, ...months.flatMap((m) => [m.weightedCents, m.historicalCents, m.openCents]));
  const slot = 100 / Math.max(1, months.length);
  const y = (c: number) => HEIGHT - (c / top) * HEIGHT;
  return (
    <ReportFrame
      name="forecast"
      title="Forecast"
      description="Open deals by expected close month: weighted by stage probability, and as history predicts (win rate × open value by age)."
      filters={filters}
      query={report}
    >
      <Group gap="md" mb="sm">
        <Swatch color="var(--mantine-color-blue-6)" label="Weighted pipeline" />
        <Swatch color="var(--mantine-color-teal-4)" label="Historical prediction" />
        <Swatch color="var(--mantine-color-gray-3)" label="Open value" />
      </Group>
      <svg
        width="100%"
        height={HEIGHT}
        viewBox={`0 0 100 ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-label="Forecast by month"
      >
        <ChartGridLines height={HEIGHT} />
        {months.map((m, i) => {
          const x = i * slot + slot * 0.2;
          const w = slot * 0.6;
          return (
            <g key={m.month}>
              <rect
                x={x}
                y={y(m.openCents)}
                width={w}
                height={HEIGHT - y(m.openCents)}
                fill="var(--mantine-color-gray-2)"
              />
              <rect
                x={x + w * 0.08}
                y={y(m.weightedCents)}
                width={w * 0.4}
                height={HEIGHT - y(m.weightedCents)}
                fill="var(--mantine-color-blue-6)"
                rx={0.4}
              >
                <title>{`Weighted ${formatMoney(m.weightedCents)}`}</title>
              </rect>
              <rect
                x={x + w * 0.52}
                y={y(m.historicalCents)}
                width={w * 0.4}
                height={HEIGHT - y(m.historicalCents)}
                fill="var(--mantine-color-teal-4)"
                rx={0.4}
              >
                <title>{`Historical ${formatMoney(m.historicalCents)}`}</title>
              </rect>
            </g>
          );
        })}
      </svg>
      <div style={{ display: 'flex' }}>
        {months.map((m) => (
          <Text key={m.month} size="xs" c="dimmed" ta="center" style={{ flex: 1 }}>
            {monthName(m.month)}
          </Text>
        ))}
      </div>
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
