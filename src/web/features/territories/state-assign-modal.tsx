import { Alert, Button, Checkbox, ColorSwatch, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { stateName } from '../../../shared/us-states';
import { useSetTerritories } from './territories-api';
import { type TerritoryModel, territoryChanges } from './territory-model';

/** Who works a state: tick reps (several may share it); saving changes only the reps that changed. */
export function StateAssignModal({
  code,
  model,
  onClose,
}: {
  code: string;
  model: TerritoryModel;
  onClose: () => void;
}) {
  const save = useSetTerritories();
  const [chosen, setChosen] = useState(() => new Set(model.repsOf(code).map((r) => r.repId)));
  const changes = territoryChanges(model.reps, code, chosen);
  const unassigned = model.metricsOf(code)?.unassigned ?? 0;
  const name = stateName(code);

  const toggle = (repId: string) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (!next.delete(repId)) next.add(repId);
      return next;
    });

  // mutateAsync: the modal closes at once (the map already shows the change), and the outcome is still told.
  const submit = () => {
    const who = model.reps.filter((r) => chosen.has(r.repId)).map((r) => r.name);
    save.mutateAsync(changes).then(
      () =>
        notifications.show({
          color: 'teal',
          title: `${name} saved`,
          message: who.length ? `Worked by ${who.join(', ')}.` : 'No rep works it now.',
        }),
      (e: Error) => notifications.show({ color: 'red', title: `${name} was not saved`, message: e.message }),
    );
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={`${name} (${code}) — who works it?`} size="sm">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {unassigned.toLocaleString('en-US')} unassigned leads. Reps see the pool of their states at once.
        </Text>
        <Stack gap="xs" role="group" aria-label="Reps">
          {model.reps.map((r) => (
            <Checkbox
              key={r.repId}
              checked={chosen.has(r.repId)}
              onChange={() => toggle(r.repId)}
              label={
                <Group gap={8} wrap="nowrap">
                  <ColorSwatch color={r.color} size={12} withShadow={false} />
                  <Text size="sm">{r.name}</Text>
                  <Text size="xs" c="dimmed">
                    {r.states.length} states
                  </Text>
                </Group>
              }
              aria-label={r.name}
            />
          ))}
        </Stack>
        {model.reps.length === 0 ? (
          <Alert variant="light" color="gray">
            There are no active reps yet. Add them on the Users page.
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={submit} disabled={changes.length === 0}>
            Save
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
