import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRestore } from '@tabler/icons-react';
import type { Contact } from '../../../shared/contacts';
import { useRestoreContact } from './contacts-api';

export function RestoreButton({ contact, size = 'xs' }: { contact: Contact; size?: 'xs' | 'sm' }) {
  const restore = useRestoreContact();
  return (
    <Button
      size={size}
      variant="light"
      leftSection={<IconRestore size={14} />}
      loading={restore.isPending}
      onClick={() =>
        restore.mutate(contact.id, {
          onSuccess: (c) => notifications.show({ color: 'teal', title: 'Contact restored', message: c.name }),
          onError: (e) =>
            notifications.show({ color: 'red', title: 'Could not restore', message: e.message }),
        })
      }
    >
      Restore
    </Button>
  );
}
