import { Group, Select, SimpleGrid, Text, Tooltip } from '@mantine/core';
import { IconArrowRight, IconSparkles } from '@tabler/icons-react';
import {
  type ColumnMapping,
  columnMappingSchema,
  type ImportField,
  importFieldLabels,
  importFields,
} from '../../../shared/imports';

const IGNORE = '__ignore';
const fieldOptions = [
  { value: IGNORE, label: 'Ignore this column' },
  ...importFields.map((f) => ({ value: f, label: importFieldLabels[f] })),
];

/** What is wrong with a mapping, per column (two columns on one field), as the server would say it. */
export function mappingErrors(mapping: ColumnMapping): Map<number, string> {
  const parsed = columnMappingSchema.safeParse(mapping);
  const errors = new Map<number, string>();
  if (parsed.success) return errors;
  for (const issue of parsed.error.issues) {
    const column = issue.path[0];
    if (typeof column === 'number') errors.set(column, issue.message);
  }
  return errors;
}

type Props = {
  headers: string[];
  mapping: ColumnMapping;
  /** What the server suggested; a column it mapped is marked so a person sees what was automatic. */
  suggested: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
};

/** Each column of the file → a contact field, or ignored. */
export function ColumnMappingGrid({ headers, mapping, suggested, onChange }: Props) {
  const errors = mappingErrors(mapping);
  const set = (column: number, value: string | null) =>
    onChange(
      mapping.map((f, i) => (i === column ? (value && value !== IGNORE ? (value as ImportField) : null) : f)),
    );
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg" verticalSpacing="xs">
      {headers.map((header, i) => {
        const field = mapping[i] ?? null;
        const auto = field !== null && suggested[i] === field;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional; two may share a header
          <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
            <Text
              size="sm"
              fw={500}
              w="42%"
              pt={6}
              truncate
              title={header}
              c={field ? undefined : 'dimmed'}
              id={`column-${i}`}
            >
              {header || `Column ${i + 1}`}
            </Text>
            <IconArrowRight
              size={14}
              style={{ marginTop: 9, flexShrink: 0 }}
              color="var(--mantine-color-dimmed)"
            />
            <Select
              flex={1}
              size="xs"
              aria-label={`Field for column ${header || i + 1}`}
              data={fieldOptions}
              value={field ?? IGNORE}
              onChange={(v) => set(i, v)}
              allowDeselect={false}
              error={errors.get(i)}
              leftSection={
                auto ? (
                  <Tooltip label="Auto-mapped from the header" withArrow>
                    <IconSparkles size={14} color="var(--mantine-color-teal-6)" aria-label="Auto-mapped" />
                  </Tooltip>
                ) : null
              }
              leftSectionPointerEvents="all"
              styles={{ input: field ? undefined : { color: 'var(--mantine-color-dimmed)' } }}
            />
          </Group>
        );
      })}
    </SimpleGrid>
  );
}
