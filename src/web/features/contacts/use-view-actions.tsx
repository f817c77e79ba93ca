import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type ReactNode, useState } from 'react';
import type { ContactColumn, SavedView } from '../../../shared/contacts';
import { SaveViewModal } from './save-view-modal';
import type { ViewAction } from './saved-views-menu';
import type { useListState } from './use-list-state';
import { useDeleteView, useSavedViews, useSaveView } from './views-api';

type Open = { kind: 'save' } | { kind: 'rename' | 'delete'; view: SavedView } | null;

/** Opening, saving, renaming and deleting saved views, with the dialogs they need. */
export function useViewActions(
  list: ReturnType<typeof useListState>,
  columns: ContactColumn[],
  setColumns: (columns: ContactColumn[]) => void,
): { saved: SavedView[]; onAction: (action: ViewAction) => void; dialog: ReactNode } {
  const views = useSavedViews();
  const saveView = useSaveView();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);

  const onAction = (action: ViewAction) => {
    if (action.kind === 'open') {
      list.open(action.query);
      if (action.view?.columns?.length) setColumns(action.view.columns);
    } else if (action.kind === 'update') {
      saveView.mutate(
        { id: action.view.id, input: { query: list.search, columns } },
        {
          onSuccess: (v) => notifications.show({ color: 'teal', title: 'View updated', message: v.name }),
          onError: (e) =>
            notifications.show({ color: 'red', title: 'Could not update the view', message: e.message }),
        },
      );
    } else if (action.kind === 'save') {
      setOpen({ kind: 'save' });
    } else {
      setOpen({ kind: action.kind, view: action.view });
    }
  };

  let dialog: ReactNode = null;
  if (open?.kind === 'save') dialog = <SaveViewModal query={list.search} columns={columns} onClose={close} />;
  if (open?.kind === 'rename')
    dialog = <SaveViewModal view={open.view} query={list.search} columns={columns} onClose={close} />;
  if (open?.kind === 'delete') dialog = <DeleteViewModal view={open.view} onClose={close} />;

  return { saved: views.data ?? [], onAction, dialog };
}

function DeleteViewModal({ view, onClose }: { view: SavedView; onClose: () => void }) {
  const deleteView = useDeleteView();
  const confirm = () =>
    deleteView.mutate(view.id, {
      onSuccess: () => {
        notifications.show({ color: 'teal', title: 'View deleted', message: view.name });
        onClose();
      },
      onError: (e) =>
        notifications.show({ color: 'red', title: 'Could not delete the view', message: e.message }),
    });
  return (
    <Modal opened onClose={onClose} title={`Delete “${view.name}”?`} size="sm">
      <Stack gap="md">
        <Text>The view goes away; the contacts in it stay as they are.</Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose} data-autofocus>
            Cancel
          </Button>
          <Button color="red" onClick={confirm} loading={deleteView.isPending}>
            Delete view
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
