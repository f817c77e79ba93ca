import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconRefreshAlert } from '@tabler/icons-react';
import type { Contact, ContactInput } from '../../../shared/contacts';
import { formatExact, formatRelative } from '../../lib/format';
import { fieldLabel } from './timeline-text';
import type { ContactConflict } from './use-contact-editor';

function describePatch(patch: Partial<ContactInput>): string {
  return Object.entries(patch)
    .map(([key, value]) => {
      const shown = Array.isArray(value) ? value.join(', ') || 'no tags' : value || 'empty';
      return `${fieldLabel(key)} → ${shown}`;
    })
    .join(', ');
}

const compared = [
  'firstName',
  'lastName',
  'title',
  'email',
  'phone',
  'mobile',
  'city',
  'state',
  'zip',
  'source',
  'notes',
] as const;

/** What the other person changed, compared with what is on screen: "Title: Fleet Manager → Logistics Director". */
function theirChanges(before: Contact, after: Contact): string[] {
  const lines: string[] = compared
    .filter((k) => (before[k] ?? '') !== (after[k] ?? ''))
    .map((k) =>
      k === 'notes'
        ? 'Background updated'
        : `${fieldLabel(k)}: ${before[k] || 'empty'} → ${after[k] || 'empty'}`,
    );
  if (before.company?.id !== after.company?.id) lines.push(`Company: ${after.company?.name ?? 'unlinked'}`);
  if (before.tags.join() !== after.tags.join()) lines.push(`Tags: ${after.tags.join(', ') || 'none'}`);
  if (before.owner?.id !== after.owner?.id) lines.push(`Owner: ${after.owner?.name ?? 'unassigned'}`);
  return lines;
}

/** Someone saved this contact after it was opened: say who and when, and let the person choose. */
export function ConflictAlert({
  contact,
  conflict,
  onReload,
  onOverwrite,
  overwriting,
}: {
  contact: Contact;
  conflict: ContactConflict;
  onReload: () => void;
  onOverwrite: () => void;
  overwriting: boolean;
}) {
  const who = conflict.changedBy ?? 'Someone else';
  const when = conflict.changedAt ? formatRelative(conflict.changedAt) : null;
  const deleted = conflict.current === null;
  const theirs = conflict.current ? theirChanges(contact, conflict.current) : [];
  return (
    <Alert
      color="yellow"
      variant="light"
      role="alert"
      icon={<IconRefreshAlert size={18} />}
      title={deleted ? 'This contact was deleted' : `Changed by ${who}`}
    >
      <Stack gap="xs">
        <Text size="sm">
          {deleted ? `${who} deleted this contact` : `${who} changed this contact`}
          {when ? (
            <span title={conflict.changedAt ? formatExact(conflict.changedAt) : undefined}> {when}</span>
          ) : null}
          , after you opened it. Your change was not saved: <b>{describePatch(conflict.patch)}</b>.
        </Text>
        {theirs.length ? (
          <Text size="sm">
            {who.split(' ')[0]} changed: {theirs.join(' · ')}
          </Text>
        ) : null}
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={onReload}>
            Reload
          </Button>
          {deleted ? null : (
            <Button size="xs" color="yellow.7" onClick={onOverwrite} loading={overwriting}>
              Overwrite with my change
            </Button>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          Reload shows their version and drops your change. Overwrite saves your change on top of theirs.
        </Text>
      </Stack>
    </Alert>
  );
}
