import { Avatar, Badge, Button, Group, NumberInput, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRefreshAlert } from '@tabler/icons-react';
import { useState } from 'react';
import type { LeadRules } from '../../../shared/lead-rules';
import { type User, updateUserSchema } from '../../../shared/users';
import { applyFieldIssues } from '../../api/form-errors';
import { staleUser, useUpdateUser } from '../users/users-api';

const limitFields = ['openLeadLimit', 'dailyClaimLimit'] as const;
type LimitField = (typeof limitFields)[number];
type Values = Record<LimitField, number | string>;
const teamDefault: Record<LimitField, keyof LeadRules> = {
  openLeadLimit: 'openLimit',
  dailyClaimLimit: 'dailyClaimLimit',
};
const labels: Record<LimitField, string> = {
  openLeadLimit: 'Open-lead limit',
  dailyClaimLimit: 'Daily claim limit',
};

const toLimit = (v: number | string): number | null => (v === '' ? null : Number(v));

/**
 * One rep's own limits, saved on their own with the version the row was loaded at. The table keys a row by
 * id and version, so a save or a stale answer (which refreshes the cached user) starts the row afresh.
 */
export function RepLimitRow({
  user,
  rules,
  reloaded,
  onStale,
}: {
  user: User;
  rules: LeadRules;
  reloaded: boolean;
  onStale: (id: string) => void;
}) {
  const update = useUpdateUser();
  const [values, setValues] = useState<Values>({
    openLeadLimit: user.openLeadLimit ?? '',
    dailyClaimLimit: user.dailyClaimLimit ?? '',
  });
  const [errors, setErrors] = useState<Partial<Record<LimitField, string>>>({});
  const changed = limitFields.filter((f) => toLimit(values[f]) !== user[f]);

  const save = () => {
    if (changed.length === 0 || update.isPending) return;
    const found: typeof errors = {};
    for (const f of changed) {
      const parsed = updateUserSchema.shape[f].safeParse(toLimit(values[f]));
      if (!parsed.success) found[f] = parsed.error.issues[0]?.message;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const patch = Object.fromEntries(changed.map((f) => [f, toLimit(values[f])]));
    update.mutate(
      { id: user.id, patch: { version: user.version, ...patch } },
      {
        onSuccess: (saved) =>
          notifications.show({
            color: 'teal',
            title: 'Limits saved',
            message: `${saved.name}’s limits apply now.`,
          }),
        onError: (error) => {
          if (staleUser(error)) {
            onStale(user.id);
            notifications.show({
              color: 'yellow',
              title: `${user.name} was changed by someone else`,
              message: 'Their current limits are loaded; make your change again.',
            });
            return;
          }
          const message = applyFieldIssues(
            { setFieldError: (path, m) => setErrors((e) => ({ ...e, [path]: m })) },
            error,
            limitFields,
          );
          if (message) notifications.show({ color: 'red', title: 'Limits not saved', message });
        },
      },
    );
  };

  const input = (f: LimitField) => (
    <NumberInput
      aria-label={`${labels[f]} for ${user.name}`}
      placeholder={`Team default (${rules[teamDefault[f]].toLocaleString('en-US')})`}
      value={values[f]}
      onChange={(v) => {
        setValues((current) => ({ ...current, [f]: v }));
        setErrors((e) => ({ ...e, [f]: undefined }));
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') save();
      }}
      error={errors[f]}
      min={1}
      allowDecimal={false}
      allowNegative={false}
      thousandSeparator=","
      hideControls
      maw={220}
    />
  );

  return (
    <Table.Tr>
      <Table.Td>
        <Group gap="sm" wrap="nowrap">
          <Avatar name={user.name} color="initials" radius="xl" size={28} />
          <Stack gap={0}>
            <Group gap={6} wrap="nowrap">
              <Text fw={500} style={{ whiteSpace: 'nowrap' }}>
                {user.name}
              </Text>
              {user.openLeadLimit !== null || user.dailyClaimLimit !== null ? (
                <Badge size="xs" variant="light" radius="sm" tt="none">
                  Own limits
                </Badge>
              ) : null}
            </Group>
            {reloaded ? (
              <Group gap={4} wrap="nowrap" c="yellow.8">
                <IconRefreshAlert size={14} />
                <Text size="xs" c="yellow.8">
                  Reloaded: changed by someone else
                </Text>
              </Group>
            ) : null}
          </Stack>
        </Group>
      </Table.Td>
      <Table.Td>{input('openLeadLimit')}</Table.Td>
      <Table.Td>{input('dailyClaimLimit')}</Table.Td>
      <Table.Td ta="right">
        <Button
          size="xs"
          variant={changed.length > 0 ? 'filled' : 'default'}
          disabled={changed.length === 0}
          loading={update.isPending}
          onClick={save}
          aria-label={`Save limits for ${user.name}`}
        >
          Save
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}
