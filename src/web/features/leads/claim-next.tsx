import { Button, Group, NumberInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlaylistAdd } from '@tabler/icons-react';
import { useState } from 'react';
import { claimFailure, useClaimNext } from './leads-api';

/** Takes the best N free leads of the rep's states (most complete, then newest) in one go. */
export function ClaimNext() {
  const claimNext = useClaimNext();
  const [count, setCount] = useState<number>(10);
  const submit = () =>
    claimNext.mutate(count, {
      onSuccess: (ids) =>
        notifications.show(
          ids.length
            ? { color: 'teal', title: `${ids.length} leads claimed`, message: 'They are in My leads.' }
            : { color: 'gray', title: 'Nothing to claim', message: 'The pool of your states is empty.' },
        ),
      onError: (e) => notifications.show({ color: 'red', ...claimFailure(e) }),
    });
  return (
    <Group gap={6} wrap="nowrap">
      <NumberInput
        aria-label="How many leads to claim"
        value={count}
        onChange={(v) => setCount(typeof v === 'number' ? v : 1)}
        min={1}
        max={100}
        w={80}
        onKeyDown={(e) => e.key === 'Enter' && submit()}
      />
      <Button leftSection={<IconPlaylistAdd size={16} />} onClick={submit} loading={claimNext.isPending}>
        Claim next {count}
      </Button>
    </Group>
  );
}
