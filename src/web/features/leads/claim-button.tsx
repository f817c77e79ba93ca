import { Button, type ButtonProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconHandGrab } from '@tabler/icons-react';
import type { Contact } from '../../../shared/contacts';
import { claimFailure, useClaimLead } from './leads-api';

/** Claims one unassigned lead for the signed-in rep; a lost race or a limit is said plainly. */
export function ClaimButton({ contact, size = 'xs' }: { contact: Contact; size?: ButtonProps['size'] }) {
  const claim = useClaimLead();
  return (
    <Button
      size={size}
      variant={size === 'xs' ? 'light' : 'filled'}
      leftSection={<IconHandGrab size={size === 'xs' ? 14 : 16} />}
      loading={claim.isPending}
      aria-label={`Claim ${contact.name}`}
      // mutateAsync: on the contact page the button gives way to Release once the claim lands.
      onClick={() =>
        claim.mutateAsync(contact.id).then(
          () =>
            notifications.show({
              color: 'teal',
              title: 'Lead claimed',
              message: `${contact.name} is yours.`,
            }),
          (e: Error) => notifications.show({ color: 'red', ...claimFailure(e) }),
        )
      }
    >
      Claim
    </Button>
  );
}
