import {
  Alert,
  Badge,
  Button,
  Code,
  Grid,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconArchive,
  IconCopy,
  IconDeviceFloppy,
  IconLock,
  IconRefreshAlert,
  IconRestore,
} from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import type { EmailTemplate } from '../../../shared/email';
import { formatRelative } from '../../lib/format';
import { useCurrentUser } from '../auth/current-user';
import { EmailPreview } from './email-preview';
import { useInsertAtCursor } from './insert-at-cursor';
import { type PickedContact, PreviewContactSelect } from './preview-contact-select';
import { ArchiveTemplateModal, useDuplicateTemplate, useRestoreTemplate } from './template-actions';
import { canEditTemplate, scopeLabel } from './template-permissions';
import { staleTemplate, useEmailPreview, useUpdateTemplate } from './templates-api';
import { VariablePicker } from './variable-picker';

type Draft = { name: string; subject: string; body: string };
const draftOf = (t: EmailTemplate): Draft => ({ name: t.name, subject: t.subject, body: t.body });

/** Name, subject and markdown body on the left; what a chosen contact would receive on the right, live. */
export function TemplateEditor({ template }: { template: EmailTemplate }) {
  const me = useCurrentUser();
  const navigate = useNavigate();
  const editable = canEditTemplate(me, template) && !template.archived;
  // The version this edit is based on; a stale save moves it to what is stored now and keeps the text.
  const [base, setBase] = useState(template);
  const [draft, setDraft] = useState<Draft>(() => draftOf(template));
  const [stale, setStale] = useState<EmailTemplate | null>(null);
  const [archiving, setArchiving] = useState(false);
  const [contact, setContact] = useState<PickedContact | null>(null);
  const update = useUpdateTemplate();
  const duplicate = useDuplicateTemplate();
  const restore = useRestoreTemplate();
  const set = (name: keyof Draft, value: string) => setDraft((d) => ({ ...d, [name]: value }));
  const cursor = useInsertAtCursor<'subject' | 'body'>(
    { subject: draft.subject, body: draft.body },
    set,
    'body',
  );
  const dirty = (['name', 'subject', 'body'] as const).some((k) => draft[k] !== base[k]);

  const [debounced] = useDebouncedValue(draft, 400);
  const preview = useEmailPreview(
    contact && debounced.subject.trim() && debounced.body.trim()
      ? { templateId: template.id, contactId: contact.id, subject: debounced.subject, body: debounced.body }
      : null,
  );
  const pickContact = useCallback((c: PickedContact) => setContact(c), []);

  const save = () =>
    update.mutate(
      { id: template.id, patch: { version: base.version, ...draft } },
      {
        onSuccess: (saved) => {
          setBase(saved);
          setDraft(draftOf(saved));
          setStale(null);
          notifications.show({ color: 'teal', title: 'Template saved', message: saved.name });
        },
        onError: (error) => {
          const current = staleTemplate(error);
          if (current) {
            setBase(current);
            setStale(current);
          } else notifications.show({ color: 'red', title: 'Could not save', message: error.message });
        },
      },
    );
  const fieldError = (path: string) =>
    update.error && 'fieldIssues' in update.error
      ? (update.error as { fieldIssues: { path: string; message: string }[] }).fieldIssues.find(
          (i) => i.path === path,
        )?.message
      : undefined;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={1}>{base.name}</Title>
            <Badge variant="light" color={base.scope === 'team' ? 'blue' : 'gray'} radius="sm" tt="none">
              {scopeLabel(base, me)}
            </Badge>
            {base.archived ? (
              <Badge color="gray" variant="outline" radius="sm" tt="none">
                Archived
              </Badge>
            ) : null}
          </Group>
          <Text size="sm" c="dimmed">
            Last saved {formatRelative(base.updatedAt)}
            {dirty ? ' · unsaved changes' : ''}
          </Text>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <Button
            variant="default"
            leftSection={<IconCopy size={16} />}
            onClick={() => duplicate.duplicate({ ...base, ...draft })}
            loading={duplicate.pending}
          >
            Duplicate
          </Button>
          {canEditTemplate(me, base) ? (
            base.archived ? (
              <Button variant="default" leftSection={<IconRestore size={16} />} onClick={() => restore(base)}>
                Restore
              </Button>
            ) : (
              <Button
                variant="default"
                leftSection={<IconArchive size={16} />}
                onClick={() => setArchiving(true)}
              >
                Archive
              </Button>
            )
          ) : null}
          {editable ? (
            <Button
              leftSection={<IconDeviceFloppy size={16} />}
              disabled={!dirty}
              loading={update.isPending}
              onClick={save}
            >
              Save
            </Button>
          ) : null}
        </Group>
      </Group>

      {stale ? (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconRefreshAlert size={18} />}
          title="Changed by someone else"
        >
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">
              This template was saved by someone else while you were editing. Your text is still here: save
              again to replace their version, or discard your changes to load theirs.
            </Text>
            <Button
              size="xs"
              variant="default"
              onClick={() => {
                setDraft(draftOf(stale));
                setStale(null);
              }}
            >
              Discard my changes
            </Button>
          </Group>
        </Alert>
      ) : null}
      {!editable && !base.archived ? (
        <Alert color="gray" variant="light" icon={<IconLock size={18} />}>
          {base.scope === 'team'
            ? 'Team templates are edited by managers. Duplicate it to make a personal copy you can change.'
            : `This is ${base.owner?.name ?? 'someone'}'s personal template.`}
        </Alert>
      ) : null}

      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Paper withBorder radius="md" p="lg">
            <Stack gap="md">
              <TextInput
                label="Template name"
                value={draft.name}
                onChange={(e) => set('name', e.currentTarget.value)}
                readOnly={!editable}
                error={fieldError('name')}
              />
              <TextInput
                label="Subject"
                value={draft.subject}
                onChange={(e) => set('subject', e.currentTarget.value)}
                readOnly={!editable}
                error={fieldError('subject')}
                {...cursor.register('subject')}
              />
              <Stack gap={6}>
                <Group justify="space-between" align="flex-end">
                  <Text size="sm" fw={500} component="label" htmlFor="template-body">
                    Message
                  </Text>
                  <VariablePicker onInsert={cursor.insert} disabled={!editable} />
                </Group>
                <Textarea
                  id="template-body"
                  aria-label="Message"
                  value={draft.body}
                  onChange={(e) => set('body', e.currentTarget.value)}
                  readOnly={!editable}
                  autosize
                  minRows={16}
                  maxRows={32}
                  error={fieldError('body')}
                  styles={{ input: { fontSize: 14, lineHeight: 1.6, padding: '12px 14px' } }}
                  {...cursor.register('body')}
                />
                <Text size="xs" c="dimmed">
                  Markdown: <Code>**bold**</Code> <Code>*italic*</Code> <Code>[link](https://…)</Code>{' '}
                  <Code>- list</Code>. A fallback fills an empty value:{' '}
                  <Code>{'{{contact.firstName | "there"}}'}</Code>
                </Text>
              </Stack>
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Stack gap="sm">
            <Group justify="space-between" align="flex-end">
              <Title order={2}>Live preview</Title>
              <PreviewContactSelect value={contact} onChange={pickContact} />
            </Group>
            {contact ? (
              <EmailPreview
                email={preview.data}
                loading={preview.isFetching}
                error={preview.error}
                from={`${me.name} via Heavy Haulers`}
              />
            ) : (
              <Paper withBorder radius="md" p="xl">
                <Text c="dimmed" ta="center" size="sm">
                  Pick a contact to see the email as they would get it.
                </Text>
              </Paper>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      {archiving ? (
        <ArchiveTemplateModal
          template={base}
          onClose={() => setArchiving(false)}
          onDone={() => void navigate('/templates')}
        />
      ) : null}
    </Stack>
  );
}
