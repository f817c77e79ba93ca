import {
  Alert,
  Anchor,
  Breadcrumbs,
  Button,
  EmptyState,
  Grid,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconLock, IconTrash, IconUserQuestion } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import type { Contact } from '../../../shared/contacts';
import type { Me } from '../../../shared/users';
import { isApiError } from '../../api/client';
import { LoadError } from '../../components/load-error';
import { PageContainer } from '../../components/page-container';
import { formatRelative } from '../../lib/format';
import { canManageUsers, useCurrentUser } from '../auth/current-user';
import { ConflictFlag } from '../conflicts/conflict-flag';
import { ConflictAlert } from '../contacts/conflict-alert';
import { ContactDetails } from '../contacts/contact-details';
import { ContactHeader } from '../contacts/contact-header';
import { ContactTimeline } from '../contacts/contact-timeline';
import { useContact } from '../contacts/contacts-api';
import { ContactMenu } from '../contacts/delete-contact';
import { PresenceNotice } from '../contacts/presence-notice';
import { RestoreButton } from '../contacts/restore-button';
import { useContactEditor } from '../contacts/use-contact-editor';
import { ContactDealsCard } from '../deals/contact-deals-card';
import { SendEmailButton } from '../email/send-email-button';
import { ContactLeadActions } from '../leads/contact-lead-actions';
import { ContactCompany } from './contact-company';

export function ContactPage() {
  const { id = '' } = useParams();
  const contact = useContact(id);
  useDocumentTitle(`${contact.data?.name ?? 'Contact'} · Lowboy`);

  if (isApiError(contact.error) && contact.error.status === 404) return <ContactNotFound />;
  return (
    <PageContainer width={1400}>
      <Breadcrumbs mb="md" fz="sm">
        <Anchor component={Link} to="/contacts">
          Contacts
        </Anchor>
        <Text size="sm">{contact.data?.name ?? '…'}</Text>
      </Breadcrumbs>
      {contact.isError ? (
        <LoadError
          title="This contact could not load"
          error={contact.error}
          onRetry={() => contact.refetch()}
        />
      ) : contact.data ? (
        <ContactWorkspace contact={contact.data} />
      ) : (
        <ContactSkeleton />
      )}
    </PageContainer>
  );
}

/** Why this person may not edit the contact, or null when they may. */
function readOnlyReason(me: Me, contact: Contact): string | null {
  if (contact.deletedAt) return 'Deleted contacts can’t be edited; restore it first.';
  if (canManageUsers(me) || contact.owner?.id === me.id) return null;
  return contact.owner
    ? `Only ${contact.owner.name} or a manager can edit this lead.`
    : 'Unassigned lead — claim it to edit';
}

function ContactWorkspace({ contact }: { contact: Contact }) {
  const me = useCurrentUser();
  const editor = useContactEditor(contact);
  const manager = canManageUsers(me);
  const locked = readOnlyReason(me, contact);
  return (
    <Stack gap="md">
      {contact.deletedAt ? (
        <Alert color="red" variant="light" icon={<IconTrash size={18} />} title="This contact is deleted">
          <Group justify="space-between">
            <Text size="sm">
              Deleted {formatRelative(contact.deletedAt)}. It can be restored for 30 days.
            </Text>
            {manager ? <RestoreButton contact={contact} size="sm" /> : null}
          </Group>
        </Alert>
      ) : null}
      {editor.conflict ? (
        <ConflictAlert
          contact={contact}
          conflict={editor.conflict}
          onReload={editor.reload}
          onOverwrite={() => void editor.overwrite()}
          overwriting={editor.saving}
        />
      ) : null}
      {contact.deletedAt ? null : <PresenceNotice contactId={contact.id} />}
      {contact.deletedAt ? null : <ConflictFlag contactId={contact.id} />}
      <ContactHeader
        contact={contact}
        actions={
          <>
            <SendEmailButton contact={contact} />
            <ContactLeadActions contact={contact} />
            {manager && !contact.deletedAt ? <ContactMenu contact={contact} /> : null}
          </>
        }
      />
      {locked && !contact.deletedAt ? (
        <Alert color="gray" variant="light" icon={<IconLock size={18} />}>
          {locked}
        </Alert>
      ) : null}
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <ContactDetails contact={contact} editor={editor} readOnly={locked !== null} />
            <ContactCompany contact={contact} editor={editor} readOnly={locked !== null} />
            <ContactDealsCard contact={contact} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <ContactTimeline contact={contact} noteDisabledReason={locked ?? undefined} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function ContactSkeleton() {
  return (
    <Stack gap="md" aria-busy>
      <Paper withBorder radius="md" p="lg">
        <Group gap="md">
          <Skeleton circle height={52} />
          <Stack gap={8} style={{ flex: 1 }}>
            <Skeleton height={20} width={260} />
            <Skeleton height={12} width={320} />
            <Skeleton height={12} width={480} />
          </Stack>
        </Group>
      </Paper>
      <Grid gap="md">
        <Grid.Col span={5}>
          <Skeleton height={420} radius="md" />
        </Grid.Col>
        <Grid.Col span={7}>
          <Skeleton height={420} radius="md" />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function ContactNotFound() {
  useDocumentTitle('Contact not found · Lowboy');
  return (
    <PageContainer>
      <EmptyState
        mt={56}
        withIndicatorBackground
        icon={<IconUserQuestion size={28} stroke={1.5} />}
        title="Contact not found"
        description="It may have been deleted, or it is a lead you don’t have access to."
      >
        <EmptyState.Actions>
          <Button component={Link} to="/contacts" variant="default">
            Back to Contacts
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </PageContainer>
  );
}
