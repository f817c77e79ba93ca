import {
  Alert,
  Button,
  Divider,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { useState } from 'react';
import type { LeadRules } from '../../../shared/lead-rules';
import { isApiError } from '../../api/client';
import { applyFieldIssues } from '../../api/form-errors';
import { useUpdateLeadRules } from './lead-rules-api';
import {
  changedRules,
  type NumberField,
  numberFields,
  type RulesFormValues,
  rulesFormSchema,
} from './rules-form-schema';
import { VisibilityPicker } from './visibility-picker';

const fieldInfo: Record<NumberField, { label: string; description: string; unit: string; max: number }> = {
  openLimit: {
    label: 'Open leads per rep',
    description:
      'Leads a rep may own at once. Closed ones (not interested, wrong number, do not call) don’t count.',
    unit: 'leads',
    max: 100_000,
  },
  dailyClaimLimit: {
    label: 'Claims per rep in 24 hours',
    description: 'Counted over a rolling 24 hours, so it never resets at an odd hour for part of the team.',
    unit: 'claims',
    max: 10_000,
  },
  expiryDays: {
    label: 'Claim expires after',
    description:
      'A lead its rep hasn’t called, emailed or written a note on for this long goes back to the pool.',
    unit: 'days',
    max: 365,
  },
  noticeDays: {
    label: 'Warn the rep before expiry',
    description:
      'The rep sees the lead on My day and its timeline this many days before. 0 sends no warning.',
    unit: 'days',
    max: 30,
  },
};

export function LeadRulesForm({ rules }: { rules: LeadRules }) {
  const update = useUpdateLeadRules();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<RulesFormValues>({
    initialValues: rules,
    validate: schemaResolver(rulesFormSchema, { sync: true }),
  });

  const submit = (values: RulesFormValues) => {
    const patch = changedRules(values, rules);
    if (Object.keys(patch).length === 0) return form.resetDirty();
    setProblem(null);
    update.mutate(patch, {
      onSuccess: (saved) => {
        form.setInitialValues(saved);
        form.setValues(saved);
        form.resetDirty(saved);
        notifications.show({ color: 'teal', title: 'Lead rules saved', message: 'They apply from now on.' });
      },
      onError: (error) => {
        if (isApiError(error, 'notice_after_expiry')) return form.setFieldError('noticeDays', error.message);
        setProblem(applyFieldIssues(form, error, [...numberFields, 'visibility']));
      },
    });
  };

  const numberInput = (key: NumberField) => {
    const info = fieldInfo[key];
    return (
      <NumberInput
        key={key}
        label={info.label}
        description={info.description}
        min={key === 'noticeDays' ? 0 : 1}
        max={info.max}
        allowDecimal={false}
        allowNegative={false}
        thousandSeparator=","
        hideControls
        rightSection={
          <Text size="sm" c="dimmed">
            {info.unit}
          </Text>
        }
        rightSectionWidth={64}
        rightSectionPointerEvents="none"
        {...form.getInputProps(key)}
      />
    );
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Paper withBorder radius="md">
        <Stack gap="lg" p="lg">
          {problem ? (
            <Alert color="red" variant="light" role="alert" title="Not saved">
              {problem}
            </Alert>
          ) : null}
          <Section title="Limits" hint="Apply to every rep without a limit of their own (see below).">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" verticalSpacing="lg">
              {numberInput('openLimit')}
              {numberInput('dailyClaimLimit')}
            </SimpleGrid>
          </Section>
          <Divider />
          <Section
            title="Claim expiry"
            hint="Keeps leads moving: a claimed lead nobody works goes back to the pool."
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" verticalSpacing="lg">
              {numberInput('expiryDays')}
              {numberInput('noticeDays')}
            </SimpleGrid>
          </Section>
          <Divider />
          <VisibilityPicker
            value={form.values.visibility}
            onChange={(v) => form.setFieldValue('visibility', v)}
          />
        </Stack>
        <Group
          justify="space-between"
          gap="xs"
          px="lg"
          py="sm"
          bg="var(--mantine-color-gray-0)"
          style={footer}
        >
          <Text size="sm" c="dimmed">
            {form.isDirty() ? 'You have unsaved changes.' : 'Changes apply to every rep as soon as you save.'}
          </Text>
          <Group gap="xs">
            {form.isDirty() ? (
              <Button variant="default" onClick={() => form.reset()} disabled={update.isPending}>
                Discard changes
              </Button>
            ) : null}
            <Button type="submit" disabled={!form.isDirty()} loading={update.isPending}>
              Save rules
            </Button>
          </Group>
        </Group>
      </Paper>
    </form>
  );
}

const footer = {
  borderTop: '1px solid var(--mantine-color-gray-3)',
  borderRadius: '0 0 var(--mantine-radius-md) var(--mantine-radius-md)',
};

function Section({ title, hint, children }: { title: string; hint: string; children: ReactNode }) {
  return (
    <Stack gap="md">
      <div>
        <Title order={3} size="h5">
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
      </div>
      {children}
    </Stack>
  );
}
