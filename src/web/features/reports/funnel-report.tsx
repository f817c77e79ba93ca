import { Badge, Group, Stack, Text } from '@mantine/core';
import { IconArrowDown } from '@tabler/icons-react';
import { pct, ReportFrame } from './report-frame';
import { type ReportFilters, useReport } from './reports-api';

/** Claimed → contacted → connected → interested → deal → won, each bar with the rate from the step before. */
export function FunnelReport({ filters }: { filters: ReportFilters }) {
  const report = useReport('funnel', filters);
  const steps = report.data?.steps ?? [];
  const top = Math.max(1, steps[0]?.count ?? 1);
  return (
    <ReportFrame
      name="funnel"
      title="Conversion funnel"
      description="Leads that reached each step for the first time in the period (each lead counts once per step, ever), and the ratio to the step before."
      filters={filters}
      query={report}
    >
      <Stack gap={4} maw={820} mx="auto" aria-label="Funnel steps">
        {steps.map((step, i) => (
          <Stack key={step.key} gap={4}>
            {i > 0 ? (
              <Group gap={6} justify="center" c="dimmed">
                <IconArrowDown size={14} />
                <Badge
                  variant="light"
                  color={step.rate !== null && step.rate >= 0.5 ? 'teal' : 'gray'}
                  size="sm"
                >
                  {pct(step.rate)}
                </Badge>
              </Group>
            ) : null}
            <Group gap="md" wrap="nowrap">
              <Text size="sm" fw={600} w={110} ta="right">
                {step.label}
              </Text>
              <div style={{ flex: 1, display: 'flex', justifyContent: 'center' }}>
                <div
                  style={{
                    width: `${Math.max(2, (step.count / top) * 100)}%`,
                    height: 34,
                    borderRadius: 6,
                    background: `var(--mantine-color-blue-${Math.min(9, 3 + i)})`,
                  }}
                  title={`${step.label}: ${step.count}`}
                />
              </div>
              <Text size="sm" fw={650} w={70}>
                {step.count.toLocaleString('en-US')}
              </Text>
            </Group>
          </Stack>
        ))}
      </Stack>
    </ReportFrame>
  );
}
