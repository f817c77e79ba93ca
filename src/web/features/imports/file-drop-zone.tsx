import { Group, Loader, Stack, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { type DragEvent, type ReactNode, useId, useState } from 'react';
import classes from './file-drop-zone.module.css';

type Props = {
  /** The accessible name of the file input. */
  label: string;
  accept: string;
  title: ReactNode;
  hint: ReactNode;
  busy?: boolean;
  error?: boolean;
  onFile: (file: File) => void;
};

/**
 * A file input a person can drop a file on, click, or reach with Tab and open with Space/Enter: the real
 * input stays in the tab order (visually hidden), the whole zone is its label.
 */
export function FileDropZone({ label, accept, title, hint, busy = false, error = false, onFile }: Props) {
  const id = useId();
  const [dragging, setDragging] = useState(false);
  const over = (e: DragEvent) => {
    e.preventDefault();
    if (!busy) setDragging(true);
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file && !busy) onFile(file);
  };
  return (
    <label
      htmlFor={id}
      className={classes.zone}
      data-dragging={dragging || undefined}
      data-disabled={busy || undefined}
      data-error={error || undefined}
      onDragOver={over}
      onDragEnter={over}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
    >
      <VisuallyHidden>
        <input
          id={id}
          type="file"
          accept={accept}
          aria-label={label}
          disabled={busy}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) onFile(file);
          }}
        />
      </VisuallyHidden>
      <Group gap="md" wrap="nowrap">
        <ThemeIcon size={44} radius="md" variant="light">
          {busy ? <Loader size={20} /> : <IconFileSpreadsheet size={24} stroke={1.5} />}
        </ThemeIcon>
        <Stack gap={2}>
          <Text fw={600}>{title}</Text>
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        </Stack>
      </Group>
    </label>
  );
}
