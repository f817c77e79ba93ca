import { Button } from '@mantine/core';
import { IconArrowBackUp, IconUserShare } from '@tabler/icons-react';
import { useState } from 'react';
import type { Contact } from '../../../shared/contacts';
import { canManageUsers, useCurrentUser } from '../auth/current-user';
import { AssignModal } from './assign-modal';
import { ClaimButton } from './claim-button';
import { ReleaseModal } from './release-modal';

/**
 * The ownership actions of the contact page: a rep claims an unassigned lead (the server says if it is
 * outside their territory) or releases their own; a manager assigns it to anyone or back to the pool.
 */
export function ContactLeadActions({ contact }: { contact: Contact }) {
  const me = useCurrentUser();
  const [dialog, setDialog] = useState<'release' | 'assign' | null>(null);
  const close = () => setDialog(null);
  if (contact.deletedAt) return null;

  if (canManageUsers(me)) {
    return (
      <>
        <Button
          variant="default"
          leftSection={<IconUserShare size={16} />}
          onClick={() => setDialog('assign')}
        >
          Assign to…
        </Button>
        {dialog === 'assign' ? (
          <AssignModal
            target={{ contactIds: [contact.id] }}
            count={1}
            currentOwnerId={contact.owner?.id ?? null}
            onClose={close}
          />
        ) : null}
      </>
    );
  }
  if (me.role !== 'rep') return null;
  if (!contact.owner) return <ClaimButton contact={contact} size="sm" />;
  if (contact.owner.id !== me.id) return null;
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconArrowBackUp size={16} />}
        onClick={() => setDialog('release')}
      >
        Release
      </Button>
      {dialog === 'release' ? <ReleaseModal contacts={[contact]} onClose={close} /> : null}
    </>
  );
}
