import { notifications } from '@mantine/notifications';
import { type ReactNode, useState } from 'react';
import { type Deal, type DealStage, dealStageLabels } from '../../../shared/deals';
import { isApiError } from '../../api/client';
import { useChangeStage } from './deals-api';
import { LostReasonModal } from './lost-reason-modal';

/** Moves deals between stages from the board, the list or the deal page; Lost asks for a reason first. */
export function useStageMover(): { move: (deal: Deal, stage: DealStage) => void; modal: ReactNode } {
  const change = useChangeStage();
  const [losing, setLosing] = useState<Deal | null>(null);
  const send = (deal: Deal, stage: DealStage, lostReason?: string) =>
    change.mutate(
      { deal, stage, lostReason },
      {
        onSuccess: (moved) =>
          notifications.show({
            color: stage === 'won' ? 'teal' : stage === 'lost' ? 'gray' : 'blue',
            message: `${moved.title} moved to ${dealStageLabels[stage]}`,
          }),
        onError: (error) =>
          notifications.show({
            color: 'red',
            title: 'The deal did not move',
            message:
              isApiError(error) && error.status === 409
                ? 'Someone changed it a moment ago; the board now shows the latest.'
                : error.message,
          }),
      },
    );
  const move = (deal: Deal, stage: DealStage) => {
    if (deal.stage === stage) return;
    if (stage === 'lost') setLosing(deal);
    else send(deal, stage);
  };
  const modal = losing ? (
    <LostReasonModal
      title={losing.title}
      onClose={() => setLosing(null)}
      onConfirm={(reason) => {
        send(losing, 'lost', reason);
        setLosing(null);
      }}
    />
  ) : null;
  return { move, modal };
}
