import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The title row every page starts with: what this page is, and its main actions on the right. */
export function PageHeader({
  title,
  description,
  actions,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    // Wraps: on a phone the actions go under the title instead of pushing the page wider than the screen.
    <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm" mb="lg">
      <Stack gap={2}>
        <Title order={1}>{title}</Title>
        {description ? <Text c="dimmed">{description}</Text> : null}
      </Stack>
      {actions ? (
        <Group gap="xs" wrap="wrap" justify="flex-end" ml="auto">
          {actions}
        </Group>
      ) : null}
    </Group>
  );
}
