import { SegmentedControl, Table } from '@mantine/core';
import { useState } from 'react';
import { formatMoney } from '../deals/deal-format';
import { pct, ReportFrame } from './report-frame';
import { type ReportFilters, useReport } from './reports-api';

export function TerritoriesReport({ filters }: { filters: ReportFilters }) {
  const report = useReport('territories', filters);
  const [kind, setKind] = useState<'state' | 'rep'>('state');
  const rows = (report.data?.rows ?? []).filter((r) => r.kind === kind);
  return (
    <ReportFrame
      name="territories"
      title="Territory comparison"
      description="Coverage, conversion and open pipeline by state or by rep."
      filters={filters}
      query={report}
    >
      <SegmentedControl
        size="xs"
        mb="sm"
        aria-label="Compare by"
        value={kind}
        onChange={(v) => setKind(v as 'state' | 'rep')}
        data={[
          { value: 'state', label: 'By state' },
          { value: 'rep', label: 'By rep' },
        ]}
      />
      <Table highlightOnHover verticalSpacing="xs" aria-label="Territory comparison">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{kind === 'state' ? 'State' : 'Rep'}</Table.Th>
            <Table.Th ta="right">Leads</Table.Th>
            <Table.Th ta="right">Worked</Table.Th>
            <Table.Th ta="right">Coverage</Table.Th>
            <Table.Th ta="right">Conversion</Table.Th>
            <Table.Th ta="right">Open pipeline</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Td fw={600}>{r.key}</Table.Td>
              <Table.Td ta="right">{r.leads.toLocaleString('en-US')}</Table.Td>
              <Table.Td ta="right">{r.worked.toLocaleString('en-US')}</Table.Td>
              <Table.Td ta="right">{pct(r.coverage)}</Table.Td>
              <Table.Td ta="right">{pct(r.conversion)}</Table.Td>
              <Table.Td ta="right">{formatMoney(r.pipelineCents)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ReportFrame>
  );
}
