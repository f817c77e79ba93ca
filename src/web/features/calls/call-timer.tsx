import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconClockPlay } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { formatDuration } from '../../lib/format';

/** Seconds since `startedAt`, ticking; the call's duration is read from the same start. */
export function CallTimer({ startedAt }: { startedAt: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    const every = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(every);
  }, []);
  const seconds = Math.max(0, Math.floor((now - startedAt) / 1000));
  return (
    <Group gap={6} wrap="nowrap" aria-label="Call timer">
      <ThemeIcon size={26} radius="xl" variant="light" color="teal">
        <IconClockPlay size={15} stroke={1.8} />
      </ThemeIcon>
      <Text ff="monospace" fw={600} size="lg" style={{ fontVariantNumeric: 'tabular-nums' }}>
        {formatDuration(seconds)}
      </Text>
    </Group>
  );
}
