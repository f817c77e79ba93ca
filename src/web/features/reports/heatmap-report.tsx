import { Group, Text, Tooltip } from '@mantine/core';
import { ReportFrame } from './report-frame';
import { type ReportFilters, useReport } from './reports-api';

const dayNames = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const hours = Array.from({ length: 24 }, (_, h) => h);
const hourLabel = (h: number) => (h === 0 ? '12a' : h < 12 ? `${h}a` : h === 12 ? '12p' : `${h - 12}p`);

/** Calls by day of week × hour (Central time); darker is busier. */
export function HeatmapReport({ filters }: { filters: ReportFilters }) {
  const report = useReport('heatmap', filters);
  const grid = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
  for (const c of report.data?.cells ?? []) if (grid[c.day]) grid[c.day]![c.hour] = c.calls;
  const top = Math.max(1, ...grid.flat());
  return (
    <ReportFrame
      name="heatmap"
      title="Call volume heatmap"
      description="Calls logged by day of week and hour, in the organisation’s time (Central)."
      filters={filters}
      query={report}
    >
      <div style={{ overflowX: 'auto' }}>
        <table style={{ borderCollapse: 'separate', borderSpacing: 3 }} aria-label="Calls by day and hour">
          <thead>
            <tr>
              <th />
              {hours.map((h) => (
                <th key={h} style={{ fontWeight: 400 }}>
                  <Text size="xs" c="dimmed">
                    {h % 3 === 0 ? hourLabel(h) : ''}
                  </Text>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.map((row, d) => (
              <tr key={dayNames[d]}>
                <th scope="row" style={{ fontWeight: 500, paddingRight: 6 }}>
                  <Text size="xs">{dayNames[d]}</Text>
                </th>
                {hours.map((h) => {
                  const calls = row[h] ?? 0;
                  return (
                    <Tooltip key={h} label={`${dayNames[d]} ${hourLabel(h)}: ${calls} calls`} openDelay={100}>
                      <td
                        style={{
                          width: 28,
                          height: 26,
                          borderRadius: 4,
                          background:
                            calls === 0
                              ? 'var(--mantine-color-gray-1)'
                              : `color-mix(in srgb, var(--mantine-color-blue-7) ${Math.round(15 + (calls / top) * 85)}%, white)`,
                        }}
                      />
                    </Tooltip>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Group gap={6} mt="sm" justify="flex-end">
        <Text size="xs" c="dimmed">
          0
        </Text>
        {[15, 40, 65, 100].map((p) => (
          <span
            key={p}
            style={{
              width: 18,
              height: 10,
              borderRadius: 2,
              background: `color-mix(in srgb, var(--mantine-color-blue-7) ${p}%, white)`,
            }}
          />
        ))}
        <Text size="xs" c="dimmed">
          {top} calls
        </Text>
      </Group>
    </ReportFrame>
  );
}
