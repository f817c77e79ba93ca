import { Button, Group, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';

export const PAGE_SIZE = 50;

/** Keyset paging: the cursors of the pages walked through, so Previous goes back without offsets. */
export function useCursorStack(scope: string) {
  const [state, setState] = useState<{ scope: string; stack: string[] }>({ scope, stack: [] });
  const stack = state.scope === scope ? state.stack : [];
  return {
    cursor: stack.at(-1),
    pageIndex: stack.length,
    next: (cursor: string) => setState({ scope, stack: [...stack, cursor] }),
    previous: () => setState({ scope, stack: stack.slice(0, -1) }),
  };
}

export function ContactsPager({
  pageIndex,
  shown,
  total,
  capped = false,
  hasNext,
  onPrevious,
  onNext,
}: {
  pageIndex: number;
  shown: number;
  total: number;
  /** More than `total` match (the count stops at 10,000). */
  capped?: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}) {
  const first = pageIndex * PAGE_SIZE + 1;
  const last = pageIndex * PAGE_SIZE + shown;
  return (
    <Group
      justify="space-between"
      px="md"
      py="xs"
      style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
    >
      <Text c="dimmed" size="sm">
        {shown
          ? `${first.toLocaleString('en-US')}–${last.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}${capped ? '+' : ''}`
          : ''}
      </Text>
      <Group gap={6}>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconChevronLeft size={14} />}
          disabled={pageIndex === 0}
          onClick={onPrevious}
        >
          Previous
        </Button>
        <Button
          variant="default"
          size="xs"
          rightSection={<IconChevronRight size={14} />}
          disabled={!hasNext}
          onClick={onNext}
        >
          Next
        </Button>
      </Group>
    </Group>
  );
}
