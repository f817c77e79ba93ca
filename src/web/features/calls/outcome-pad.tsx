import { Kbd, SimpleGrid, Text, UnstyledButton } from '@mantine/core';
import {
  IconBan,
  IconCalendarTime,
  IconMicrophone,
  IconMoodSmile,
  IconPhoneOff,
  IconPhoneX,
  IconThumbDown,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { type CallOutcome, callOutcomes, outcomeShortcuts } from '../../../shared/calls';
import { outcomeColors, outcomeLabels } from '../../lib/outcome-labels';
import classes from './outcome-pad.module.css';

const outcomeIcons: Record<CallOutcome, ComponentType<{ size?: number; stroke?: number }>> = {
  no_answer: IconPhoneOff,
  left_voicemail: IconMicrophone,
  interested: IconMoodSmile,
  callback: IconCalendarTime,
  not_interested: IconThumbDown,
  wrong_number: IconPhoneX,
  do_not_call: IconBan,
};

/** The seven outcomes as big buttons, each with its key (1–7); one is chosen at a time. */
export function OutcomePad({
  value,
  onChange,
  disabled,
}: {
  value: CallOutcome | null;
  onChange: (outcome: CallOutcome) => void;
  disabled?: boolean;
}) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing={8} role="radiogroup" aria-label="Call outcome">
      {callOutcomes.map((outcome) => {
        const Icon = outcomeIcons[outcome];
        const checked = value === outcome;
        return (
          <UnstyledButton
            key={outcome}
            role="radio"
            aria-checked={checked}
            aria-keyshortcuts={outcomeShortcuts[outcome]}
            disabled={disabled}
            className={classes.outcome}
            data-checked={checked || undefined}
            style={{ '--outcome-color': `var(--mantine-color-${outcomeColors[outcome]}-6)` }}
            onClick={() => onChange(outcome)}
          >
            <Icon size={20} stroke={1.7} />
            <Text fw={600} size="sm" className={classes.label}>
              {outcomeLabels[outcome]}
            </Text>
            <Kbd size="xs" className={classes.key}>
              {outcomeShortcuts[outcome]}
            </Kbd>
          </UnstyledButton>
        );
      })}
    </SimpleGrid>
  );
}
