import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { type ContactColumn, type SavedView, savedViewInputSchema } from '../../../shared/contacts';
import { applyFieldIssues } from '../../api/form-errors';
import { useSaveView } from './views-api';

const nameSchema = savedViewInputSchema.pick({ name: true });

/** Saves the list as it is now (filters, sort, columns) under a name, or renames an existing view. */
export function SaveViewModal({
  view,
  query,
  columns,
  onSaved,
  onClose,
}: {
  view?: SavedView;
  query: string;
  columns: ContactColumn[];
  onSaved?: (view: SavedView) => void;
  onClose: () => void;
}) {
  const save = useSaveView();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: view?.name ?? '' },
    validate: schemaResolver(nameSchema, { sync: true }),
  });

  const submit = ({ name }: { name: string }) => {
    setFormError(null);
    const input = view ? { name } : { name, query, columns };
    save.mutate(
      { id: view?.id, input },
      {
        onSuccess: (saved) => {
          notifications.show({
            color: 'teal',
            title: view ? 'View renamed' : 'View saved',
            message: saved.name,
          });
          onSaved?.(saved);
          onClose();
        },
        onError: (error) => setFormError(applyFieldIssues(form, error, ['name'])),
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={view ? 'Rename view' : 'Save view'} size="sm">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          {formError ? (
            <Alert color="red" variant="light" role="alert">
              {formError}
            </Alert>
          ) : null}
          <TextInput
            label="View name"
            placeholder="Texas, never called"
            data-autofocus
            {...form.getInputProps('name')}
          />
          {view ? null : (
            <Text size="xs" c="dimmed">
              Saves the current filters, sort and columns. Only you see your views.
            </Text>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              {view ? 'Rename' : 'Save view'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
