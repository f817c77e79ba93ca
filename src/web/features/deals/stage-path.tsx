import { UnstyledButton } from '@mantine/core';
import { type Deal, type DealStage, dealStageLabels, dealStages } from '../../../shared/deals';
import classes from './stage-path.module.css';

/** Pipedrive's chevron path: where the deal is, and a click moves it. */
export function StagePath({ deal, onMove }: { deal: Deal; onMove: (stage: DealStage) => void }) {
  const current = dealStages.indexOf(deal.stage);
  return (
    <div className={classes.path}>
      {dealStages.map((stage, i) => (
        <UnstyledButton
          key={stage}
          className={classes.step}
          data-done={(i < current && deal.stage !== 'lost') || undefined}
          data-current={i === current || undefined}
          data-stage={stage}
          aria-pressed={i === current}
          onClick={() => onMove(stage)}
        >
          {dealStageLabels[stage]}
        </UnstyledButton>
      ))}
    </div>
  );
}
