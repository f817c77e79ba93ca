import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { EmailTemplate } from '../../../shared/email';
import { canManageUsers, useCurrentUser } from '../auth/current-user';
import { starterBody } from './template-permissions';
import { useCreateTemplate } from './templates-api';

/** Name and subject first; the body is written in the editor, next to the live preview. */
export function NewTemplateModal({ onClose }: { onClose: () => void }) {
  const me = useCurrentUser();
  const manager = canManageUsers(me);
  const create = useCreateTemplate();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [subject, setSubject] = useState('');
  const [scope, setScope] = useState<EmailTemplate['scope']>(manager ? 'team' : 'personal');
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    create.mutate(
      { name, subject, body: starterBody, scope },
      { onSuccess: (t) => void navigate(`/templates/${t.id}`) },
    );
  };
  const issue = (field: string) =>
    create.error && 'fieldIssues' in create.error
      ? (create.error as { fieldIssues: { path: string; message: string }[] }).fieldIssues.find(
          (i) => i.path === field,
        )?.message
      : undefined;
  return (
    <Modal opened onClose={onClose} title="New template">
      <form onSubmit={submit}>
        <Stack>
          {create.isError && !issue('name') && !issue('subject') ? (
            <Alert color="red" variant="light">
              {create.error.message}
            </Alert>
          ) : null}
          <TextInput
            label="Name"
            placeholder="Quote follow-up"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={issue('name')}
            required
            data-autofocus
          />
          <TextInput
            label="Subject"
            placeholder="Your transport quote from Heavy Haulers"
            value={subject}
            onChange={(e) => setSubject(e.currentTarget.value)}
            error={issue('subject')}
            required
          />
          {manager ? (
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                Who can use it
              </Text>
              <SegmentedControl
                value={scope}
                onChange={(v) => setScope(v as EmailTemplate['scope'])}
                data={[
                  { value: 'team', label: 'The whole team' },
                  { value: 'personal', label: 'Only me' },
                ]}
              />
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              It will be a personal template: only you see it. Managers keep the team's templates.
            </Text>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create and edit
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
