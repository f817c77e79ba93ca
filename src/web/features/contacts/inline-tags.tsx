import { ActionIcon, Badge, Group, TagsInput, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import classes from '../../components/inline-field.module.css';

/** Tags, edited in place: Enter adds a tag, leaving the field saves, Esc cancels. */
export function InlineTags({
  value,
  readOnly,
  onSave,
}: {
  value: string[];
  readOnly?: boolean;
  onSave: (tags: string[]) => Promise<string | null>;
}) {
  const [draft, setDraft] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (draft && !readOnly) {
    const commit = async () => {
      const same = draft.length === value.length && draft.every((t) => value.includes(t));
      if (same) return setDraft(null);
      const message = await onSave(draft);
      if (message) setError(message);
      else setDraft(null);
    };
    return (
      <TagsInput
        aria-label="Tags"
        size="xs"
        autoFocus
        value={draft}
        error={error}
        onChange={setDraft}
        onBlur={() => void commit()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            setDraft(null);
          }
        }}
        placeholder="Type a tag, press Enter"
      />
    );
  }

  const start = () => {
    if (readOnly) return;
    setError(null);
    setDraft(value);
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions lint/a11y/useKeyWithClickEvents: a mouse shortcut; the pencil button is the keyboard way in
    <div className={`${classes.row} ${readOnly ? classes.readOnly : ''}`} onClick={start}>
      <div className={classes.value}>
        {value.length ? (
          <Group gap={4}>
            {value.map((t) => (
              <Badge key={t} variant="outline" color="gray" radius="sm" tt="none" fw={500}>
                {t}
              </Badge>
            ))}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {readOnly ? '—' : 'Add tags'}
          </Text>
        )}
      </div>
      {readOnly ? null : (
        <ActionIcon
          className={classes.pencil}
          variant="subtle"
          color="gray"
          size="sm"
          aria-label="Edit Tags"
          onClick={start}
        >
          <IconPencil size={14} />
        </ActionIcon>
      )}
    </div>
  );
}
