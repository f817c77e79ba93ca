import { Button, Tooltip } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import { useState } from 'react';
import type { Contact } from '../../../shared/contacts';
import { SendEmailModal } from './send-email-modal';

/** "Send email" in the contact header; explains itself when the contact has no address. */
export function SendEmailButton({ contact }: { contact: Contact }) {
  const [open, setOpen] = useState(false);
  if (contact.deletedAt) return null;
  const button = (
    <Button
      variant="default"
      leftSection={<IconMail size={16} />}
      disabled={!contact.email}
      onClick={() => setOpen(true)}
    >
      Send email
    </Button>
  );
  return (
    <>
      {contact.email ? button : <Tooltip label="No email address on this contact">{button}</Tooltip>}
      {open ? <SendEmailModal contact={contact} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
