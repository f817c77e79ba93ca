import { Group, Radio, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconMapPin, IconUser, IconWorld } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { LeadVisibility } from '../../../shared/lead-rules';

type Option = {
  value: LeadVisibility;
  title: string;
  explanation: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
};

// The rule itself lives in the server (contacts/visibility.ts); these say it the way a rep would notice it.
const options: Option[] = [
  {
    value: 'territory',
    title: 'Their territory',
    explanation:
      'Reps see their own leads and the unclaimed leads of their states. Another rep’s lead shows up in ' +
      'search with its name, company and owner only, so nobody calls it twice.',
    icon: IconMapPin,
  },
  {
    value: 'own',
    title: 'Their own leads only',
    explanation:
      'Reps see only the leads they own, even in search. “Claim next” still hands them fresh leads from the ' +
      'pool of their states.',
    icon: IconUser,
  },
  {
    value: 'everything',
    title: 'Every lead',
    explanation:
      'Reps see every lead in Lowboy, whoever owns it, but change only their own. Suits a small team that ' +
      'shares its accounts.',
    icon: IconWorld,
  },
];

// A card is a button, which centres its content; the cards of a row line up at the top instead.
const card = { display: 'flex', flexDirection: 'column', justifyContent: 'flex-start' } as const;
const chosen = {
  borderColor: 'var(--mantine-primary-color-filled)',
  backgroundColor: 'var(--mantine-primary-color-0)',
};

/** Who sees which leads: one card per choice, each saying in plain words what a rep will see. */
export function VisibilityPicker({
  value,
  onChange,
}: {
  value: LeadVisibility;
  onChange: (value: LeadVisibility) => void;
}) {
  return (
    <Radio.Group
      value={value}
      onChange={(v) => onChange(v as LeadVisibility)}
      label="Who sees which leads"
      description="Managers and admins always see every lead. This decides what a rep sees."
    >
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm" mt="xs">
        {options.map(({ value: option, title, explanation, icon: Icon }) => (
          <Radio.Card
            key={option}
            value={option}
            radius="md"
            p="md"
            withBorder
            style={option === value ? { ...card, ...chosen } : card}
          >
            <Stack gap="xs">
              <Group justify="space-between" wrap="nowrap">
                <ThemeIcon
                  variant="light"
                  radius="md"
                  size={32}
                  color={option === value ? undefined : 'gray'}
                >
                  <Icon size={18} stroke={1.6} />
                </ThemeIcon>
                <Radio.Indicator size="sm" />
              </Group>
              <Text fw={600} size="sm">
                {title}
              </Text>
              <Text size="xs" c="dimmed" lh={1.5}>
                {explanation}
              </Text>
            </Stack>
          </Radio.Card>
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}
