import { Anchor, Avatar, Group, Indicator, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatRelative } from '../../lib/format';
import { useLiveReps } from '../reports/reports-api';

/** Who is in the call flow right now, and on which lead. */
export function LiveCallers() {
  const live = useLiveReps();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label="Calling now">
      <Title order={2} size="h4" mb="sm">
        Calling now
      </Title>
      {live.isError ? (
        <Text size="sm" c="dimmed">
          Can’t tell who is calling right now.
        </Text>
      ) : !live.data ? (
        <Skeleton height={36} />
      ) : live.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nobody is on a call right now.
        </Text>
      ) : (
        <Stack gap="sm">
          {live.data.map((rep) => (
            <Group key={rep.repId} gap="sm" wrap="nowrap">
              <Indicator color="teal" processing size={9} offset={4} position="bottom-end">
                <Avatar name={rep.name} color="initials" size={32} radius="xl" />
              </Indicator>
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text size="sm" fw={600}>
                  {rep.name}
                </Text>
                <Text size="xs" c="dimmed" truncate>
                  <Anchor component={Link} to={`/contacts/${rep.contactId}`} inherit>
                    {rep.contactName}
                  </Anchor>
                  {` · since ${formatRelative(rep.since)}`}
                </Text>
              </Stack>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
