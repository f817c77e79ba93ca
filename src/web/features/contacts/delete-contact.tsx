import { ActionIcon, Anchor, Button, Group, Menu, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDots, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Contact } from '../../../shared/contacts';
import { useDeleteContact, useRestoreContact } from './contacts-api';

/** Managers' menu on the contact page: delete (confirmed), with Undo in the toast. */
export function ContactMenu({ contact }: { contact: Contact }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Menu position="bottom-end" width={200} shadow="md">
        <Menu.Target>
          <ActionIcon variant="default" size="lg" aria-label="More actions">
            <IconDots size={18} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => setConfirming(true)}>
            Delete contact
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {confirming ? <DeleteContactModal contact={contact} onClose={() => setConfirming(false)} /> : null}
    </>
  );
}

function DeleteContactModal({ contact, onClose }: { contact: Contact; onClose: () => void }) {
  const navigate = useNavigate();
  const deleteContact = useDeleteContact();
  const restore = useRestoreContact();

  // The modal is gone by the time Undo is clicked, and mutate()'s callbacks never fire for an unmounted
  // component; the promise of mutateAsync settles regardless.
  const undo = (toastId: string) =>
    restore.mutateAsync(contact.id).then(
      () => {
        notifications.hide(toastId);
        notifications.show({ color: 'teal', title: 'Contact restored', message: contact.name });
        navigate(`/contacts/${contact.id}`);
      },
      (e: Error) => notifications.show({ color: 'red', title: 'Could not restore', message: e.message }),
    );

  const confirm = () =>
    deleteContact.mutateAsync(contact.id).then(
      () => {
        onClose();
        navigate('/contacts');
        const toastId = `deleted-${contact.id}`;
        notifications.show({
          id: toastId,
          color: 'gray',
          title: 'Contact deleted',
          autoClose: 10_000,
          message: (
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm">{contact.name} is in Recently deleted for 30 days.</Text>
              <Anchor component="button" size="sm" fw={600} onClick={() => undo(toastId)}>
                Undo
              </Anchor>
            </Group>
          ),
        });
      },
      (e: Error) => notifications.show({ color: 'red', title: 'Could not delete', message: e.message }),
    );

  return (
    <Modal opened onClose={onClose} title={`Delete ${contact.name}?`} size="md">
      <Stack gap="md">
        <Text>
          The contact disappears from lists, search and call lists. A manager can restore it from Recently
          deleted for 30 days; its history is kept.
        </Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose} data-autofocus>
            Cancel
          </Button>
          <Button color="red" onClick={confirm} loading={deleteContact.isPending}>
            Delete contact
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
