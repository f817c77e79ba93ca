import { Badge, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { type Deal, type DealStage, dealStageLabels, dealStages } from '../../../shared/deals';
import { DealCard } from './deal-card';
import { formatMoneyShort, stageColors } from './deal-format';
import classes from './pipeline-board.module.css';

/** Columns by stage with their count and total; drop a card on a column to move the deal there. */
export function PipelineBoard({
  deals,
  onMove,
}: {
  deals: Deal[];
  onMove: (deal: Deal, stage: DealStage) => void;
}) {
  const [dragged, setDragged] = useState<string | null>(null);
  const [over, setOver] = useState<DealStage | null>(null);
  const drop = (stage: DealStage, id: string) => {
    const deal = deals.find((d) => d.id === id);
    if (deal) onMove(deal, stage);
    setDragged(null);
    setOver(null);
  };
  return (
    <div className={classes.board}>
      {dealStages.map((stage) => {
        const inStage = deals.filter((d) => d.stage === stage);
        const total = inStage.reduce((sum, d) => sum + d.valueCents, 0);
        return (
          <section
            key={stage}
            className={classes.column}
            aria-label={dealStageLabels[stage]}
            data-over={over === stage || undefined}
            style={{ '--stage-color': `var(--mantine-color-${stageColors[stage]}-5)` } as React.CSSProperties}
            onDragOver={(e) => {
              e.preventDefault();
              e.dataTransfer.dropEffect = 'move';
              if (over !== stage) setOver(stage);
            }}
            onDragLeave={(e) => {
              if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(null);
            }}
            onDrop={(e) => {
              e.preventDefault();
              drop(stage, e.dataTransfer.getData('text/plain') || dragged || '');
            }}
          >
            <div className={classes.columnHeader}>
              <Group justify="space-between" wrap="nowrap">
                <Text fw={650} size="sm">
                  {dealStageLabels[stage]}
                </Text>
                <Badge variant="light" color={stageColors[stage]} size="sm" circle={inStage.length < 10}>
                  {inStage.length}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed" aria-label={`${dealStageLabels[stage]} total`}>
                {formatMoneyShort(total)}
              </Text>
            </div>
            <div className={classes.cards}>
              {inStage.map((deal) => (
                <DealCard
                  key={deal.id}
                  deal={deal}
                  dragging={dragged === deal.id}
                  onDragStart={() => setDragged(deal.id)}
                  onMove={(to) => onMove(deal, to)}
                />
              ))}
              {inStage.length === 0 ? (
                <Text size="xs" c="dimmed" ta="center" py="lg">
                  {dragged ? 'Drop here' : 'No deals'}
                </Text>
              ) : null}
            </div>
          </section>
        );
      })}
    </div>
  );
}
