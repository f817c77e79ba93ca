import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { type Deal, type DealStage, dealStageLabels } from '../../../shared/deals';
import { formatCalendarDate, formatMoney, isOverdue, routeSummary, stageColors } from './deal-format';
import { StageMenu } from './stage-menu';

/** The list view: one row per deal, sortable by eye (newest first from the API). */
export function DealsTable({
  deals,
  onMove,
}: {
  deals: Deal[];
  onMove: (deal: Deal, stage: DealStage) => void;
}) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table highlightOnHover verticalSpacing="sm" aria-label="Deals">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Deal</Table.Th>
            <Table.Th>Company · contact</Table.Th>
            <Table.Th>Stage</Table.Th>
            <Table.Th ta="right">Value</Table.Th>
            <Table.Th ta="right">Probability</Table.Th>
            <Table.Th>Route</Table.Th>
            <Table.Th>Expected close</Table.Th>
            <Table.Th>Owner</Table.Th>
            <Table.Th w={40} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deals.map((deal) => (
            <Table.Tr key={deal.id}>
              <Table.Td>
                <Anchor component={Link} to={`/deals/${deal.id}`} fw={600} size="sm">
                  {deal.title}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{deal.company?.name ?? '—'}</Text>
                <Text size="xs" c="dimmed">
                  {deal.contact?.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={stageColors[deal.stage]}>
                  {dealStageLabels[deal.stage]}
                </Badge>
              </Table.Td>
              <Table.Td ta="right" fw={600}>
                {formatMoney(deal.valueCents)}
              </Table.Td>
              <Table.Td ta="right">{deal.probability}%</Table.Td>
              <Table.Td>
                <Text size="sm">{routeSummary(deal.move) ?? '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={isOverdue(deal) ? 'red.7' : undefined}>
                  {formatCalendarDate(deal.expectedCloseDate)}
                </Text>
              </Table.Td>
              <Table.Td>{deal.owner.name}</Table.Td>
              <Table.Td>
                <Group justify="flex-end">
                  <StageMenu deal={deal} onMove={(to) => onMove(deal, to)} />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
