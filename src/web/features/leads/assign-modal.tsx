import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { pluralize } from '../../lib/format';
import { useTeam } from '../contacts/team-api';
import { type AssignRequest, useAssignLeads } from './leads-api';

const POOL = '__pool__';

/** Managers: give one lead, a selection, or everything matching a filter to a rep, or back to the pool. */
export function AssignModal({
  target,
  count,
  currentOwnerId,
  onDone,
  onClose,
}: {
  target: { contactIds: string[] } | { filter: Record<string, string | string[]>; allMatching: true };
  count: number;
  currentOwnerId?: string | null;
  onDone?: () => void;
  onClose: () => void;
}) {
  const assign = useAssignLeads();
  const { people } = useTeam();
  const reps = people.filter((p) => p.role === 'rep');
  const [choice, setChoice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const data = [
    { value: POOL, label: 'Unassigned (back to the pool)' },
    { group: 'Reps', items: reps.map((r) => ({ value: r.id, label: r.name })) },
  ];

  const submit = () => {
    if (!choice) return;
    setError(null);
    const repId = choice === POOL ? null : choice;
    const request = { ...target, repId } as AssignRequest;
    assign.mutate(request, {
      onSuccess: ({ assigned, unchanged, changedMeanwhile }) => {
        const to = repId ? (reps.find((r) => r.id === repId)?.name ?? 'the rep') : 'the pool';
        notifications.show({
          color: 'teal',
          title: `${pluralize(assigned, 'lead')} moved to ${to}`,
          message:
            [
              unchanged ? `${pluralize(unchanged, 'lead')} already there` : '',
              changedMeanwhile
                ? `${pluralize(changedMeanwhile, 'lead')} changed hands meanwhile, left alone`
                : '',
            ]
              .filter(Boolean)
              .join(' · ') || undefined,
        });
        onDone?.();
        onClose();
      },
      onError: (e) => setError(e.message),
    });
  };

  return (
    <Modal opened onClose={onClose} title={`Assign ${pluralize(count, 'lead')}`} size="md">
      <Stack gap="md">
        {error ? (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        ) : null}
        <Select
          label="Assign to"
          placeholder="Choose a rep"
          data={data}
          value={choice}
          onChange={(v) => setChoice(typeof v === 'string' ? v : null)}
          searchable
          data-autofocus
        />
        {currentOwnerId !== undefined && choice === (currentOwnerId ?? POOL) ? (
          <Text size="sm" c="dimmed">
            That is where it is now.
          </Text>
        ) : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={submit} loading={assign.isPending} disabled={!choice}>
            Assign
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
