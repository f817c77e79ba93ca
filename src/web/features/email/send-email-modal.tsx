import {
  Alert,
  Button,
  Code,
  Grid,
  Group,
  Modal,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconBan, IconSend, IconTestPipe } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { isApiError } from '../../api/client';
import { useCurrentUser } from '../auth/current-user';
import { EmailPreview } from './email-preview';
import { useInsertAtCursor } from './insert-at-cursor';
import { useSendEmail, useSendTestEmail } from './send-api';
import { useEmailPreview, useTemplates } from './templates-api';
import { VariablePicker } from './variable-picker';

export type EmailRecipient = { id: string; name: string };
type Draft = { subject: string; body: string };

/**
 * Email one contact with a template: pick it, read the preview, adjust the text, send (or test-send to
 * yourself). Used from the contact page and, after "Interested", from the call flow.
 */
export function SendEmailModal({
  contact,
  initialTemplateName,
  onClose,
  onSent,
}: {
  contact: EmailRecipient;
  /** e.g. "Follow-up" from the call flow; the first template otherwise. */
  initialTemplateName?: string;
  onClose: () => void;
  onSent?: () => void;
}) {
  const me = useCurrentUser();
  const templates = useTemplates();
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft>({ subject: '', body: '' });
  const template = templates.data?.find((t) => t.id === templateId);
  const set = (name: keyof Draft, value: string) => setDraft((d) => ({ ...d, [name]: value }));
  const cursor = useInsertAtCursor<keyof Draft>(draft, set, 'body');
  const send = useSendEmail();
  const test = useSendTestEmail();

  const choose = (id: string | null) => {
    const t = templates.data?.find((x) => x.id === id);
    if (!t) return;
    setTemplateId(t.id);
    setDraft({ subject: t.subject, body: t.body });
    send.reset();
  };
  useEffect(() => {
    if (templateId || !templates.data?.length) return;
    const wanted = initialTemplateName?.toLowerCase();
    const first = templates.data.find((t) => wanted && t.name.toLowerCase() === wanted) ?? templates.data[0];
    if (first) {
      setTemplateId(first.id);
      setDraft({ subject: first.subject, body: first.body });
    }
  }, [templates.data, templateId, initialTemplateName]);

  const [debounced] = useDebouncedValue(draft, 400);
  const preview = useEmailPreview(
    templateId && debounced.subject.trim() && debounced.body.trim()
      ? { templateId, contactId: contact.id, subject: debounced.subject, body: debounced.body }
      : null,
  );
  const edited = template && (draft.subject !== template.subject || draft.body !== template.body);
  const blocked = preview.data?.blockedReason ?? null;
  const missingAsked = isApiError(send.error, 'missing_variables');
  const suppressed = isApiError(send.error, 'suppressed');

  const submit = (allowMissing: boolean) => {
    if (!templateId) return;
    send.mutate(
      {
        contactId: contact.id,
        templateId,
        ...(edited ? { subject: draft.subject, body: draft.body } : {}),
        allowMissing,
      },
      {
        onSuccess: (message) => {
          notifications.show({
            color: 'teal',
            title: 'Email on its way',
            message: `“${message.subject}” to ${message.to} — it shows on ${contact.name}'s timeline.`,
          });
          onSent?.();
          onClose();
        },
      },
    );
  };
  const sendTest = () =>
    templateId &&
    test.mutate(
      { templateId, contactId: contact.id, ...(edited ? { subject: draft.subject, body: draft.body } : {}) },
      {
        onSuccess: () =>
          notifications.show({
            color: 'teal',
            title: 'Test sent',
            message: `Sent to ${me.email} with ${contact.name}'s details.`,
          }),
        onError: (e) => notifications.show({ color: 'red', title: 'Test send failed', message: e.message }),
      },
    );

  const options = [
    { group: 'Team', items: (templates.data ?? []).filter((t) => t.scope === 'team') },
    { group: 'Mine', items: (templates.data ?? []).filter((t) => t.scope === 'personal') },
  ]
    .filter((g) => g.items.length)
    .map((g) => ({ group: g.group, items: g.items.map((t) => ({ value: t.id, label: t.name })) }));

  return (
    <Modal
      opened
      onClose={onClose}
      title={`Email ${contact.name}`}
      size={1180}
      styles={{ title: { fontWeight: 600, fontSize: 18 } }}
    >
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="sm">
            <Select
              label="Template"
              placeholder={templates.isLoading ? 'Loading templates…' : 'Choose a template'}
              data={options}
              value={templateId}
              onChange={choose}
              allowDeselect={false}
              searchable
              error={templates.error?.message}
            />
            <TextInput
              label="Subject"
              value={draft.subject}
              onChange={(e) => set('subject', e.currentTarget.value)}
              disabled={!templateId}
              {...cursor.register('subject')}
            />
            <Stack gap={6}>
              <Group justify="space-between" align="flex-end">
                <Text size="sm" fw={500} component="label" htmlFor="send-email-body">
                  Message
                </Text>
                <VariablePicker onInsert={cursor.insert} disabled={!templateId} />
              </Group>
              <Textarea
                id="send-email-body"
                aria-label="Message"
                value={draft.body}
                onChange={(e) => set('body', e.currentTarget.value)}
                disabled={!templateId}
                autosize
                minRows={12}
                maxRows={20}
                styles={{ input: { fontSize: 14, lineHeight: 1.6, padding: '10px 12px' } }}
                {...cursor.register('body')}
              />
              <Text size="xs" c="dimmed">
                {edited ? 'Edited for this email only — the template stays as it is. ' : ''}
                Fallbacks: <Code>{'{{contact.firstName | "there"}}'}</Code>
              </Text>
            </Stack>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          {templateId ? (
            <EmailPreview
              email={preview.data}
              loading={preview.isFetching}
              error={preview.error}
              from={`${me.name} via Heavy Haulers`}
            />
          ) : (
            <Text c="dimmed" size="sm" ta="center" py="xl">
              {templates.data?.length === 0 ? 'No templates yet: create one on the Templates page.' : ''}
            </Text>
          )}
        </Grid.Col>
      </Grid>

      <Stack gap="sm" mt="md">
        {missingAsked ? (
          <Alert
            color="yellow"
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            title="Some variables are empty"
          >
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm">{send.error?.message} Send it anyway, or edit the text first.</Text>
              <Button size="xs" color="yellow" onClick={() => submit(true)} loading={send.isPending}>
                Send anyway
              </Button>
            </Group>
          </Alert>
        ) : send.isError ? (
          <Alert
            color="red"
            variant="light"
            icon={suppressed ? <IconBan size={18} /> : <IconAlertTriangle size={18} />}
            title={suppressed ? 'This address is on the suppression list' : 'Not sent'}
          >
            {send.error.message}
          </Alert>
        ) : null}
        <Group justify="space-between">
          <Button
            variant="subtle"
            leftSection={<IconTestPipe size={16} />}
            onClick={sendTest}
            loading={test.isPending}
            disabled={!templateId}
          >
            Send test to me
          </Button>
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              leftSection={<IconSend size={16} />}
              onClick={() => submit(false)}
              loading={send.isPending && !missingAsked}
              disabled={!templateId || blocked !== null || missingAsked}
              title={blocked ?? undefined}
            >
              Send email
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
