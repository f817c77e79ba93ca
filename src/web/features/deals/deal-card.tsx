import { Anchor, Avatar, Badge, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCalendar, IconRoute, IconTruck } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Deal, DealStage } from '../../../shared/deals';
import { formatCalendarDate, formatMoney, isOverdue, moveSummary, routeSummary } from './deal-format';
import classes from './pipeline-board.module.css';
import { StageMenu } from './stage-menu';

/** One deal on the board: drag it to another column, or use its stage menu. */
export function DealCard({
  deal,
  onMove,
  onDragStart,
  dragging,
}: {
  deal: Deal;
  onMove: (stage: DealStage) => void;
  onDragStart: () => void;
  dragging: boolean;
}) {
  const move = moveSummary(deal.move);
  const route = routeSummary(deal.move);
  const overdue = isOverdue(deal);
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      className={classes.card}
      data-dragging={dragging || undefined}
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData('text/plain', deal.id);
        e.dataTransfer.effectAllowed = 'move';
        onDragStart();
      }}
      role="article"
      aria-label={deal.title}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap={4}>
          <Anchor
            component={Link}
            to={`/deals/${deal.id}`}
            fw={600}
            size="sm"
            c="dark.7"
            lh={1.3}
            lineClamp={2}
          >
            {deal.title}
          </Anchor>
          <StageMenu deal={deal} onMove={onMove} />
        </Group>
        {deal.company || deal.contact ? (
          <Text size="xs" c="dimmed" truncate>
            {[deal.company?.name, deal.contact?.name].filter(Boolean).join(' · ')}
          </Text>
        ) : null}
        {move ? (
          <Group gap={4} wrap="nowrap" c="dimmed">
            <IconTruck size={13} style={{ flexShrink: 0 }} />
            <Text size="xs" truncate>
              {move}
            </Text>
          </Group>
        ) : null}
        {route ? (
          <Group gap={4} wrap="nowrap" c="dimmed">
            <IconRoute size={13} style={{ flexShrink: 0 }} />
            <Text size="xs" truncate>
              {route}
            </Text>
          </Group>
        ) : null}
        <Group justify="space-between" wrap="nowrap" mt={2}>
          <Text fw={650} size="sm">
            {formatMoney(deal.valueCents)}
          </Text>
          <Group gap={6} wrap="nowrap">
            {deal.move.permitsNeeded ? (
              <Badge size="xs" variant="light" color="yellow">
                Permits
              </Badge>
            ) : null}
            {deal.move.escortsNeeded ? (
              <Badge size="xs" variant="light" color="grape">
                Escorts
              </Badge>
            ) : null}
            {deal.expectedCloseDate ? (
              <Tooltip label={overdue ? 'Expected close date has passed' : 'Expected close'}>
                <Group gap={3} wrap="nowrap" c={overdue ? 'red.7' : 'dimmed'}>
                  {overdue ? <IconAlertTriangle size={12} /> : <IconCalendar size={12} />}
                  <Text size="xs">{formatCalendarDate(deal.expectedCloseDate).replace(/, \d{4}$/, '')}</Text>
                </Group>
              </Tooltip>
            ) : null}
            <Tooltip label={deal.owner.name}>
              <Avatar name={deal.owner.name} color="initials" size={22} radius="xl" />
            </Tooltip>
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
