import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconCalendarClock } from '@tabler/icons-react';
import type { Ref } from 'react';
import { fromLocalInput, inMyZone, quickPicks, zoneAbbreviation } from './lead-time';

/** A date and time on the lead's clock, with what it is on mine underneath and a few quick picks. */
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
  const zone = zoneAbbreviation(timeZone);
  return (
    <Stack gap={6}>
      <TextInput
        ref={inputRef}
        type="datetime-local"
        label={`${label} (lead's time, ${zone})`}
        description={description}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
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
