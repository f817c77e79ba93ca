import { Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { type DedupePolicy, dedupePolicies, dedupePolicyLabels } from '../../../shared/imports';

const explanations: Record<DedupePolicy, string> = {
  skip: 'A row that matches a contact is left out and listed in the report.',
  fill: 'The contact keeps what it has; only its empty fields take the row’s values.',
  create: 'Every row becomes a new contact, even when it matches one.',
};

/** What to do with a row that matches a contact already in Lowboy or an earlier row of the file. */
export function DedupePolicyPicker({
  value,
  onChange,
}: {
  value: DedupePolicy;
  onChange: (policy: DedupePolicy) => void;
}) {
  return (
    <Radio.Group
      value={value}
      onChange={(v) => onChange(v as DedupePolicy)}
      label="Duplicates"
      description="A row is a duplicate when its phone number (normalized), email (any case) or name at the same company matches a contact."
    >
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm" mt="xs">
        {dedupePolicies.map((policy) => (
          <Radio.Card key={policy} value={policy} radius="md" p="sm" withBorder>
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <Radio.Indicator size="xs" mt={2} />
              <Stack gap={2}>
                <Text fw={600} size="sm">
                  {dedupePolicyLabels[policy]}
                </Text>
                <Text size="xs" c="dimmed">
                  {explanations[policy]}
                </Text>
              </Stack>
            </Group>
          </Radio.Card>
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}
