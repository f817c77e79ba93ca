import { ActionIcon, Loader, Select, Text, Textarea, TextInput } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { type ReactNode, useRef, useState } from 'react';
import classes from './inline-field.module.css';

type Option = { value: string; label: string };

type Props = {
  label: string;
  value: string | null;
  /** How the value reads when not editing (a tel: link, a badge…); the plain value by default. */
  display?: ReactNode;
  placeholder?: string;
  readOnly?: boolean;
  kind?: 'text' | 'textarea' | 'select';
  options?: Option[];
  validate?: (value: string) => string | null;
  /** Resolves to an error message to show under the field, or null once saved. */
  onSave: (value: string) => Promise<string | null>;
};

/** Click (or the pencil, or Enter on it) to edit; Enter saves, Esc cancels, leaving the field saves a change. */
export function InlineField(props: Props) {
  const [editing, setEditing] = useState(false);
  if (editing && !props.readOnly) return <FieldEditor {...props} onDone={() => setEditing(false)} />;
  const { label, value, display, readOnly } = props;
  const start = () => !readOnly && setEditing(true);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions lint/a11y/useKeyWithClickEvents: a mouse shortcut; the pencil button is the keyboard way in
    <div
      className={`${classes.row} ${readOnly ? classes.readOnly : ''}`}
      onClick={(e) => {
        if (!(e.target as HTMLElement).closest('a')) start();
      }}
    >
      <div className={classes.value}>
        {value ? (
          (display ?? <Text size="sm">{value}</Text>)
        ) : (
          <Text size="sm" c="dimmed">
            {readOnly ? '—' : `Add ${label.toLowerCase()}`}
          </Text>
        )}
      </div>
      {readOnly ? null : (
        <ActionIcon
          className={classes.pencil}
          variant="subtle"
          color="gray"
          size="sm"
          aria-label={`Edit ${label}`}
          onClick={(e) => {
            e.stopPropagation();
            start();
          }}
        >
          <IconPencil size={14} />
        </ActionIcon>
      )}
    </div>
  );
}

function FieldEditor({
  label,
  value,
  placeholder,
  kind = 'text',
  options,
  validate,
  onSave,
  onDone,
}: Props & { onDone: () => void }) {
  const original = value ?? '';
  const [draft, setDraft] = useState(original);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const busy = useRef(false);

  const commit = async (next = draft) => {
    if (busy.current) return;
    const clean = next.trim();
    if (clean === original.trim()) return onDone();
    const problem = validate?.(clean) ?? null;
    if (problem) return setError(problem);
    busy.current = true;
    setSaving(true);
    const message = await onSave(clean);
    busy.current = false;
    setSaving(false);
    if (message) setError(message);
    else onDone();
  };

  const keys = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onDone();
    } else if (e.key === 'Enter' && (kind === 'text' || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void commit();
    }
  };
  const common = {
    'aria-label': label,
    size: 'xs' as const,
    error,
    placeholder,
    autoFocus: true,
    onKeyDown: keys,
    rightSection: saving ? <Loader size={12} /> : undefined,
  };

  if (kind === 'select') {
    return (
      <Select
        {...common}
        data={options ?? []}
        value={draft || null}
        searchable
        clearable
        defaultDropdownOpened
        onChange={(v) => {
          setDraft(v ?? '');
          void commit(v ?? '');
        }}
        onBlur={() => !busy.current && onDone()}
      />
    );
  }
  if (kind === 'textarea') {
    return (
      <Textarea
        {...common}
        autosize
        minRows={3}
        value={draft}
        description="Ctrl+Enter saves · Esc cancels"
        onChange={(e) => setDraft(e.currentTarget.value)}
        onBlur={() => void commit()}
      />
    );
  }
  return (
    <TextInput
      {...common}
      value={draft}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={() => void commit()}
    />
  );
}
