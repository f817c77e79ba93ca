import { Alert, Avatar, Group, Text } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { apiUrl } from '../../api/client';
import { useCurrentUser } from '../auth/current-user';

type Viewer = { id: string; name: string; since: string };

/**
 * Opens the lead's presence stream for as long as the page shows it (that is what tells others "I am on this
 * lead") and returns everyone else who has it open. EventSource reconnects by itself after a network blip.
 */
export function useOthersOnContact(contactId: string): Viewer[] {
  const me = useCurrentUser();
  const [viewers, setViewers] = useState<Viewer[]>([]);
  useEffect(() => {
    setViewers([]);
    const source = new EventSource(apiUrl('/api/contacts/{id}/presence', { path: { id: contactId } }));
    source.addEventListener('viewers', (e) => {
      const data = JSON.parse((e as MessageEvent<string>).data) as { viewers: Viewer[] };
      setViewers(data.viewers);
    });
    return () => source.close();
  }, [contactId]);
  return viewers.filter((v) => v.id !== me.id);
}

function sentence(names: string[]): string {
  if (names.length === 1) return `${names[0]} is on this lead now`;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)} are on this lead now`;
}

/** "Alex Carter is on this lead now" — so two people don't call or edit the same lead at once. */
export function PresenceNotice({ contactId }: { contactId: string }) {
  const others = useOthersOnContact(contactId);
  if (others.length === 0) return null;
  return (
    <Alert color="orange" variant="light" icon={<IconEye size={18} />} role="status" py="xs">
      <Group gap="sm" wrap="nowrap">
        <Avatar.Group spacing="xs">
          {others.slice(0, 3).map((v) => (
            <Avatar key={v.id} name={v.name} color="initials" size={26} radius="xl" />
          ))}
        </Avatar.Group>
        <Text size="sm" fw={500}>
          {sentence(others.map((v) => v.name))}
        </Text>
      </Group>
    </Alert>
  );
}
