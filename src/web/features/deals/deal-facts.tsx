import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Deal } from '../../../shared/deals';
import { formatCalendarDate, routeSummary } from './deal-format';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children || '—'}
      </Text>
    </Stack>
  );
}

const ft = (n: number | null) => (n === null ? '?' : `${n}`);

/** The heavy-haul facts of the move: what, how big, from where to where, when, and what it needs. */
export function DealFacts({ deal }: { deal: Deal }) {
  const m = deal.move;
  const hasDims = m.lengthFt !== null || m.widthFt !== null || m.heightFt !== null;
  return (
    <Paper withBorder radius="md" p="lg">
      <Title order={2} size="h4" mb="md">
        The move
      </Title>
      <SimpleGrid cols={2} spacing="md" verticalSpacing="md">
        <Fact label="Equipment">{m.equipmentType}</Fact>
        <Fact label="Weight">{m.weightLb ? `${m.weightLb.toLocaleString('en-US')} lb` : null}</Fact>
        <Fact label="Dimensions (L × W × H)">
          {hasDims ? `${ft(m.lengthFt)} × ${ft(m.widthFt)} × ${ft(m.heightFt)} ft` : null}
        </Fact>
        <Fact label="Route">{routeSummary(m)}</Fact>
        <Fact label="Pickup window">
          {m.pickupFrom || m.pickupTo
            ? `${formatCalendarDate(m.pickupFrom)} – ${formatCalendarDate(m.pickupTo)}`
            : null}
        </Fact>
        <Fact label="Needs">
          {m.permitsNeeded || m.escortsNeeded ? (
            <Group gap={6}>
              {m.permitsNeeded ? (
                <Badge variant="light" color="yellow">
                  Permits
                </Badge>
              ) : null}
              {m.escortsNeeded ? (
                <Badge variant="light" color="grape">
                  Escorts
                </Badge>
              ) : null}
            </Group>
          ) : (
            'No permits or escorts'
          )}
        </Fact>
      </SimpleGrid>
    </Paper>
  );
}
