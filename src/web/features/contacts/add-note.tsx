import { Button, Group, Kbd, Stack, Text, Textarea } from '@mantine/core';
import { useOs } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useAddNote } from './timeline-api';

/** The note box on top of the timeline; Ctrl/Cmd+Enter saves, like in every chat and CRM. */
export function AddNote({ contactId, disabledReason }: { contactId: string; disabledReason?: string }) {
  const addNote = useAddNote(contactId);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const mod = useOs() === 'macos' ? '⌘' : 'Ctrl';

  const save = () => {
    if (!body.trim() || addNote.isPending) return;
    setError(null);
    addNote.mutate(body.trim(), {
      onSuccess: () => {
        setBody('');
        notifications.show({ color: 'teal', message: 'Note added' });
      },
      onError: (e) => setError(e.message),
    });
  };

  return (
    <Stack gap={6}>
      <Textarea
        aria-label="Note"
        placeholder={disabledReason ?? 'Write a note: what was said, what to do next…'}
        autosize
        minRows={2}
        maxRows={10}
        value={body}
        error={error}
        disabled={Boolean(disabledReason)}
        onChange={(e) => setBody(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            save();
          }
        }}
      />
      {disabledReason ? null : (
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            <Kbd size="xs">{mod}</Kbd> + <Kbd size="xs">Enter</Kbd> to save
          </Text>
          <Button size="xs" onClick={save} loading={addNote.isPending} disabled={!body.trim()}>
            Add note
          </Button>
        </Group>
      )}
    </Stack>
  );
}
