import { Anchor, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { dealStageLabels, openStages } from '../../../shared/deals';
import { formatMoneyShort, stageColors } from '../deals/deal-format';
import { useDeals } from '../deals/deals-api';

/** Open pipeline by stage as horizontal bars: count, value, and the weighted share inside each bar. */
export function PipelineByStage({ repId }: { repId: string | null }) {
  const deals = useDeals({ ownerId: repId });
  const rows = openStages.map((stage) => {
    const inStage = (deals.data ?? []).filter((d) => d.stage === stage);
    const cents = inStage.reduce((s, d) => s + d.valueCents, 0);
    const weighted = inStage.reduce((s, d) => s + Math.round((d.valueCents * d.probability) / 100), 0);
    return { stage, count: inStage.length, cents, weighted };
  });
  const top = Math.max(1, ...rows.map((r) => r.cents));
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label="Pipeline by stage">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4">
          Pipeline by stage
        </Title>
        <Anchor component={Link} to="/deals" size="sm">
          Open the board
        </Anchor>
      </Group>
      {!deals.data ? (
        <Skeleton height={120} />
      ) : (
        <Stack gap="md">
          {rows.map((r) => (
            <Stack key={r.stage} gap={4}>
              <Group justify="space-between">
                <Text size="sm" fw={500}>
                  {dealStageLabels[r.stage]}{' '}
                  <Text span size="xs" c="dimmed">
                    {r.count} {r.count === 1 ? 'deal' : 'deals'}
                  </Text>
                </Text>
                <Text size="sm" fw={600}>
                  {formatMoneyShort(r.cents)}{' '}
                  <Text span size="xs" c="dimmed" fw={400}>
                    ({formatMoneyShort(r.weighted)} weighted)
                  </Text>
                </Text>
              </Group>
              <svg width="100%" height={12} viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden>
                <rect x={0} y={0} width={100} height={12} rx={2} fill="var(--mantine-color-gray-1)" />
                <rect
                  x={0}
                  y={0}
                  width={(r.cents / top) * 100}
                  height={12}
                  rx={2}
                  fill={`var(--mantine-color-${stageColors[r.stage]}-2)`}
                />
                <rect
                  x={0}
                  y={0}
                  width={(r.weighted / top) * 100}
                  height={12}
                  rx={2}
                  fill={`var(--mantine-color-${stageColors[r.stage]}-6)`}
                />
              </svg>
            </Stack>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
