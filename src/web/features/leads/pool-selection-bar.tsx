import { ActionBar, Button, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconHandGrab } from '@tabler/icons-react';
import { useState } from 'react';
import type { Contact } from '../../../shared/contacts';
import { isApiError } from '../../api/client';
import { pluralize } from '../../lib/format';
import { claimFailure, useClaimLead } from './leads-api';

/** While leads are ticked: claim them all (pool) or release them all (my leads). */
export function PoolSelectionBar({
  mode,
  picked,
  onRelease,
  onClear,
}: {
  mode: 'pool' | 'mine';
  picked: Contact[];
  onRelease: (contacts: Contact[]) => void;
  onClear: () => void;
}) {
  const claim = useClaimLead();
  const [busy, setBusy] = useState(false);

  const claimAll = async () => {
    setBusy(true);
    let won = 0;
    let taken = 0;
    try {
      for (const c of picked) {
        try {
          await claim.mutateAsync(c.id);
          won++;
        } catch (e) {
          // Someone was quicker: skip it; a limit or anything else stops the run.
          if (isApiError(e, 'lead_already_claimed')) taken++;
          else throw e;
        }
      }
    } catch (e) {
      notifications.show({ color: 'red', ...claimFailure(e as Error) });
    } finally {
      setBusy(false);
      onClear();
    }
    if (won || taken)
      notifications.show({
        color: won ? 'teal' : 'orange',
        title: `${pluralize(won, 'lead')} claimed`,
        message: taken ? `${pluralize(taken, 'lead')} had just been claimed by someone else.` : undefined,
      });
  };

  return (
    <ActionBar
      opened={picked.length > 0}
      onClose={onClear}
      aria-label="Selected leads"
      closeOnEscape
      shadow="lg"
    >
      <Text fw={600} px="xs" style={{ whiteSpace: 'nowrap' }}>
        {pluralize(picked.length, 'lead')} selected
      </Text>
      <ActionBar.Divider />
      {mode === 'pool' ? (
        <Button
          variant="subtle"
          leftSection={<IconHandGrab size={16} />}
          onClick={() => void claimAll()}
          loading={busy}
        >
          Claim selected
        </Button>
      ) : (
        <Button
          variant="subtle"
          color="orange"
          leftSection={<IconArrowBackUp size={16} />}
          onClick={() => onRelease(picked)}
        >
          Release selected
        </Button>
      )}
      <ActionBar.Divider />
      <ActionBar.CloseButton aria-label="Clear selection" />
    </ActionBar>
  );
}
