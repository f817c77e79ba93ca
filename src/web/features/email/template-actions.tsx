import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import type { EmailTemplate } from '../../../shared/email';
import { canManageUsers, useCurrentUser } from '../auth/current-user';
import { useCreateTemplate, useUpdateTemplate } from './templates-api';

const failed = (title: string) => (e: Error) =>
  notifications.show({ color: 'red', title, message: e.message });

/** Duplicate a template into a copy this person may edit (a rep's copy is personal), then open it. */
export function useDuplicateTemplate() {
  const me = useCurrentUser();
  const create = useCreateTemplate();
  const navigate = useNavigate();
  return {
    pending: create.isPending,
    duplicate: (t: EmailTemplate) =>
      create.mutate(
        {
          name: `${t.name} (copy)`.slice(0, 120),
          subject: t.subject,
          body: t.body,
          scope: canManageUsers(me) ? t.scope : 'personal',
        },
        {
          onSuccess: (copy) => {
            notifications.show({ color: 'teal', title: 'Template duplicated', message: copy.name });
            void navigate(`/templates/${copy.id}`);
          },
          onError: failed('Could not duplicate'),
        },
      ),
  };
}

/** Archive asks first (it disappears from the send pickers); restoring doesn't need asking. */
export function ArchiveTemplateModal({
  template,
  onClose,
  onDone = onClose,
}: {
  template: EmailTemplate;
  onClose: () => void;
  onDone?: () => void;
}) {
  const update = useUpdateTemplate();
  const archive = () =>
    update.mutate(
      { id: template.id, patch: { version: template.version, archived: true } },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', title: 'Template archived', message: template.name });
          onDone();
        },
        onError: failed('Could not archive'),
      },
    );
  return (
    <Modal opened onClose={onClose} title={`Archive “${template.name}”?`}>
      <Stack>
        <Text size="sm">
          It no longer appears when sending email. Messages already sent with it keep their text, and you can
          restore it from the archived list at any time.
        </Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose} data-autofocus>
            Keep it
          </Button>
          <Button color="red" onClick={archive} loading={update.isPending}>
            Archive
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function useRestoreTemplate() {
  const update = useUpdateTemplate();
  return (t: EmailTemplate) =>
    update.mutate(
      { id: t.id, patch: { version: t.version, archived: false } },
      {
        onSuccess: () => notifications.show({ color: 'teal', title: 'Template restored', message: t.name }),
        onError: failed('Could not restore'),
      },
    );
}
