import { ActionIcon, Menu } from '@mantine/core';
import { IconArrowsExchange, IconCheck } from '@tabler/icons-react';
import { type Deal, type DealStage, dealStageLabels, dealStages } from '../../../shared/deals';

/** The keyboard way to move a deal: a menu of the stages on each card and row. */
export function StageMenu({ deal, onMove }: { deal: Deal; onMove: (stage: DealStage) => void }) {
  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Move ${deal.title}`}>
          <IconArrowsExchange size={15} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Move to</Menu.Label>
        {dealStages.map((stage) => (
          <Menu.Item
            key={stage}
            disabled={stage === deal.stage}
            rightSection={stage === deal.stage ? <IconCheck size={14} /> : null}
            onClick={() => onMove(stage)}
          >
            {dealStageLabels[stage]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
