import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { z } from 'zod';
import { type CallRules, callRulesSchema } from '../../../shared/calls';
import { applyFieldIssues } from '../../api/form-errors';
import { LoadError } from '../../components/load-error';
import { useCallRules, useUpdateCallRules } from './lead-rules-api';
import { changedNumbers, filled } from './rules-form-schema';

type Values = { [K in keyof CallRules]: number | string };
const fields = ['retryCoolDownHours', 'maxAttempts'] as const;
const formSchema = z.object({
  retryCoolDownHours: filled(callRulesSchema.shape.retryCoolDownHours),
  maxAttempts: filled(callRulesSchema.shape.maxAttempts),
});

/** Managers: when No Answer / Left Voicemail leads come back on My day, and how many tries they get. */
export function CallRulesCard() {
  const rules = useCallRules();
  if (rules.isError)
    return (
      <LoadError title="Call list rules could not load" error={rules.error} onRetry={() => rules.refetch()} />
    );
  if (!rules.data) return <Skeleton height={200} radius="md" />;
  return <CallRulesForm rules={rules.data} />;
}

function CallRulesForm({ rules }: { rules: CallRules }) {
  const update = useUpdateCallRules();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: rules,
    validate: schemaResolver(formSchema, { sync: true }),
  });

  const submit = (values: Values) => {
    const patch = changedNumbers(values, rules, fields);
    if (Object.keys(patch).length === 0) return form.resetDirty();
    setProblem(null);
    update.mutate(patch, {
      onSuccess: (saved) => {
        form.setInitialValues(saved);
        form.setValues(saved);
        form.resetDirty(saved);
        notifications.show({
          color: 'teal',
          title: 'Call list rules saved',
          message: 'Every rep’s My day uses them from now on.',
        });
      },
      onError: (error) => setProblem(applyFieldIssues(form, error, [...fields])),
    });
  };

  const hours = Number(form.values.retryCoolDownHours);
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label="Call list rules">
      <Paper withBorder radius="md" p="lg">
        <Stack gap="md">
          <div>
            <Title order={2} size="h4">
              Call list retries
            </Title>
            <Text size="sm" c="dimmed">
              A lead whose last call was No Answer or Left Voicemail comes back on its rep’s My day after a
              cool-down, until it has had the number of attempts below.
            </Text>
          </div>
          {problem ? (
            <Alert color="red" variant="light" role="alert" title="Not saved">
              {problem}
            </Alert>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
            <NumberInput
              label="Retry after"
              description={
                Number.isFinite(hours) && hours >= 24 && hours % 24 === 0
                  ? `${hours / 24} day${hours === 24 ? '' : 's'} after the last try.`
                  : 'Hours after the last try.'
              }
              min={1}
              max={720}
              allowDecimal={false}
              allowNegative={false}
              hideControls
              rightSection={<Unit>hours</Unit>}
              rightSectionWidth={64}
              rightSectionPointerEvents="none"
              {...form.getInputProps('retryCoolDownHours')}
            />
            <NumberInput
              label="Stop after"
              description="Calls in all; then the lead leaves the list until someone schedules a callback."
              min={1}
              max={50}
              allowDecimal={false}
              allowNegative={false}
              hideControls
              rightSection={<Unit>attempts</Unit>}
              rightSectionWidth={80}
              rightSectionPointerEvents="none"
              {...form.getInputProps('maxAttempts')}
            />
          </SimpleGrid>
          <Group justify="flex-end" gap="xs">
            {form.isDirty() ? (
              <Button variant="default" onClick={() => form.reset()} disabled={update.isPending}>
                Discard changes
              </Button>
            ) : null}
            <Button type="submit" disabled={!form.isDirty()} loading={update.isPending}>
              Save call list rules
            </Button>
          </Group>
        </Stack>
      </Paper>
    </form>
  );
}

function Unit({ children }: { children: string }) {
  return (
    <Text size="sm" c="dimmed">
      {children}
    </Text>
  );
}
