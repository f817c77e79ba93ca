import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconClock } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { localHour, localTimeLabel } from '../lib/format';

/** The lead's clock, ticking each minute, with a warning outside calling hours (8 a.m.–9 p.m. their time). */
export function LocalTime({ timeZone }: { timeZone: string }) {
  const now = useMinuteClock();

  const label = localTimeLabel(timeZone, now);
  if (!label) return null;
  const hour = localHour(timeZone, now) ?? 12;
  const callable = hour >= 8 && hour < 21;
  return (
    <Tooltip label={`Local time for this lead (${timeZone.replace('_', ' ')})`} withArrow>
      <Group gap={6} wrap="nowrap" aria-label="Local time">
        <IconClock size={16} stroke={1.6} color="var(--mantine-color-dimmed)" />
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {label}
        </Text>
        {callable ? null : (
          <Badge size="xs" color="red" variant="light" tt="none">
            Outside calling hours
          </Badge>
        )}
      </Group>
    </Tooltip>
  );
}

/** The time now, updated as each minute turns (not a minute after the page opened). */
function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    let every: ReturnType<typeof setInterval> | undefined;
    const first = setTimeout(
      () => {
        setNow(new Date());
        every = setInterval(() => setNow(new Date()), 60_000);
      },
      60_000 - (Date.now() % 60_000) + 50,
    );
    return () => {
      clearTimeout(first);
      clearInterval(every);
    };
  }, []);
  return now;
}
