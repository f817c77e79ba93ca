import { Button, Group, Stack, Text } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useMediaQuery } from '@mantine/hooks';
import { IconCalendarClock } from '@tabler/icons-react';
import { type Ref, useRef } from 'react';
import { parseTypedDate } from '../../components/date-field';
import { fromLocalInput, inMyZone, quickPicks, zoneAbbreviation } from './lead-time';

/**
 * A date and time on the lead's clock — typed ("2026-11-24T12:20", "Nov 24, 2026 12:20 PM"), a day picked, or a quick
 * pick — with what it is on mine underneath. The value stays "yyyy-mm-ddThh:mm", as lead-time.ts reads it.
 */
export function FollowUpInput({
  label,
  value,
  onChange,
  timeZone,
  required,
  error,
  inputRef,
  onDone,
  description,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  timeZone: string | null;
  required?: boolean;
  error?: string | null;
  inputRef?: Ref<HTMLInputElement>;
  /** Enter in the box: move on (the call flow goes to the notes). */
  onDone?: () => void;
  description?: string;
}) {
  const iso = fromLocalInput(value, timeZone);
  const pickedDay = useRef(false);
  const wide = useMediaQuery('(min-width: 48em)');
  const zone = zoneAbbreviation(timeZone);
  return (
    <Stack gap={6}>
      <DateInput
        ref={inputRef}
        withTime
        valueFormat="MMM D, YYYY h:mm A"
        dateParser={(text) => parseTypedDate(text, true)}
        placeholder="Mar 14, 2026 2:30 PM"
        label={`${label} (lead's time, ${zone})`}
        description={description}
        value={value ? `${value.replace('T', ' ')}:00` : null}
        onChange={(next) => {
          const typed = next ? next.slice(0, 16).replace(' ', 'T') : '';
          // A day picked in the calendar keeps the time already there (9 AM when none), not midnight.
          const picked =
            pickedDay.current && typed ? `${typed.slice(0, 10)}T${value.slice(11, 16) || '09:00'}` : typed;
          pickedDay.current = false;
          onChange(picked);
        }}
        getDayProps={() => ({ onClick: () => (pickedDay.current = true) })}
        // Beside the box where there is room, so the quick picks and "Your time" stay in sight while typing.
        popoverProps={{ position: wide ? 'right-start' : 'bottom-start' }}
        onKeyDown={(e) => {
          if (onDone && e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
            e.preventDefault();
            onDone();
          }
        }}
        required={required}
        error={error}
        leftSection={<IconCalendarClock size={16} stroke={1.6} />}
        maw={320}
      />
      <Group gap={6}>
        {quickPicks(new Date(), timeZone).map((pick) => (
          <Button key={pick.label} size="compact-xs" variant="default" onClick={() => onChange(pick.value)}>
            {pick.label}
          </Button>
        ))}
      </Group>
      {iso ? (
        <Text size="xs" c="dimmed" aria-label="In your time">
          Your time: {inMyZone(iso)}
        </Text>
      ) : null}
    </Stack>
  );
}
