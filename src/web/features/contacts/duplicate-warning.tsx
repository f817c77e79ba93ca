import { Alert, Anchor, List, Text } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { DuplicateMatch } from './contacts-api';

/** "A contact with this phone already exists: Lone Star Excavation (Dale Hughes), owned by Sarah." */
export function DuplicateWarning({ matches }: { matches: DuplicateMatch[] }) {
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconCopy size={18} />}
      title={
        matches.length === 1 ? 'This may be a duplicate' : `This may duplicate ${matches.length} contacts`
      }
      role="status"
    >
      <List size="sm" spacing={4}>
        {matches.slice(0, 5).map((m, i) => (
          <List.Item key={m.id ?? i}>
            <Text size="sm" span>
              {m.message}{' '}
            </Text>
            {m.id ? (
              <Anchor component={Link} to={`/contacts/${m.id}`} target="_blank" size="sm" fw={500}>
                Open {m.name}
              </Anchor>
            ) : null}
          </List.Item>
        ))}
      </List>
      <Text size="xs" c="dimmed" mt={6}>
        Open the existing contact to work it, or create this one anyway.
      </Text>
    </Alert>
  );
}
