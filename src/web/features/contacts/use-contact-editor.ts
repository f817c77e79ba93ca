import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { Contact, ContactInput } from '../../../shared/contacts';
import { isApiError } from '../../api/client';
import {
  contactQueryKey,
  type StaleContact,
  staleContact,
  timelineQueryKey,
  useUpdateContact,
} from './contacts-api';

export type ContactConflict = StaleContact & { patch: Partial<ContactInput> };

/**
 * Saves a contact's fields one change at a time, based on the version on screen. When someone else saved
 * first, the change is held as a conflict: Reload takes theirs, Overwrite sends mine again on their version.
 */
export function useContactEditor(contact: Contact) {
  const queryClient = useQueryClient();
  const update = useUpdateContact();
  const [conflict, setConflict] = useState<ContactConflict | null>(null);
  // Two quick saves in a row: the second is based on the first's result, not on the render before it.
  const saved = useRef({ id: contact.id, version: contact.version });
  if (saved.current.id !== contact.id || saved.current.version < contact.version)
    saved.current = { id: contact.id, version: contact.version };
  const baseVersion = () => Math.max(saved.current.version, contact.version);
  const remember = (c: Contact) => {
    saved.current = { id: c.id, version: c.version };
  };

  /** Resolves to a message for the field (validation, permission), or null when saved or held as a conflict. */
  const save = async (patch: Partial<ContactInput>): Promise<string | null> => {
    try {
      remember(await update.mutateAsync({ id: contact.id, patch: { ...patch, version: baseVersion() } }));
      setConflict(null);
      return null;
    } catch (error) {
      const stale = staleContact(error);
      if (stale) {
        setConflict({ ...stale, patch });
        return null;
      }
      if (isApiError(error)) return error.fieldIssues[0]?.message ?? error.message;
      return 'Could not save. Try again.';
    }
  };

  const reload = () => {
    if (conflict?.current) {
      queryClient.setQueryData(contactQueryKey(contact.id), conflict.current);
      remember(conflict.current);
    } else void queryClient.invalidateQueries({ queryKey: contactQueryKey(contact.id) });
    void queryClient.invalidateQueries({ queryKey: timelineQueryKey(contact.id) });
    setConflict(null);
  };

  const overwrite = async () => {
    if (!conflict?.current) return;
    const { patch, current } = conflict;
    try {
      remember(await update.mutateAsync({ id: contact.id, patch: { ...patch, version: current.version } }));
      setConflict(null);
    } catch (error) {
      const stale = staleContact(error);
      if (stale) setConflict({ ...stale, patch });
      else
        notifications.show({
          color: 'red',
          title: 'Could not save your change',
          message: (error as Error).message,
        });
    }
  };

  return { save, conflict, reload, overwrite, saving: update.isPending };
}

export type ContactEditor = ReturnType<typeof useContactEditor>;
