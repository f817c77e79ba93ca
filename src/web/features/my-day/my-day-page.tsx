import { Button, EmptyState, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconChevronRight, IconPhoneCall, IconUsers } from '@tabler/icons-react';
import { Fragment } from 'react';
import { Link } from 'react-router';
import { PageContainer } from '../../components/page-container';
import { PageHeader } from '../../components/page-header';
import { canManageUsers, useCurrentUser } from '../auth/current-user';
import { ExpiringLeadsCard } from './expiring-leads-card';
import { formatToday, greetingFor } from './greeting';

// The order the call list will use (DESIGN.md); said here so the empty page explains what is coming.
const callOrder = ['Overdue callbacks', 'Today’s follow-ups', 'Fresh leads by score'];

export function MyDayPage() {
  useDocumentTitle('My day · Lowboy');
  const me = useCurrentUser();
  const now = new Date();
  const manager = canManageUsers(me);

  return (
    <PageContainer width={1040}>
      <PageHeader title={greetingFor(me.name, now)} description={formatToday(now)} />
      <Stack gap="lg">
        {manager ? null : <ExpiringLeadsCard />}
        <Paper withBorder radius="md" px="xl" py={56}>
          <EmptyState
            withIndicatorBackground
            icon={<IconPhoneCall size={26} stroke={1.5} />}
            title="No calls queued yet"
            description={
              manager
                ? 'Call lists fill up once leads are imported and assigned to your reps. ' +
                  'Each list is ordered so the most urgent call is always on top.'
                : 'Your call list for today appears here once leads are assigned to you. ' +
                  'It is ordered so the most urgent call is always on top.'
            }
          >
            <Group gap="xs" justify="center" mt="lg" aria-label="Call list order">
              {callOrder.map((step, index) => (
                <Fragment key={step}>
                  {index > 0 ? (
                    <IconChevronRight size={14} color="var(--mantine-color-gray-5)" aria-hidden />
                  ) : null}
                  <Group gap={6} wrap="nowrap">
                    <ThemeIcon size={20} radius="xl" variant="light" color="gray">
                      <Text size="xs" fw={600}>
                        {index + 1}
                      </Text>
                    </ThemeIcon>
                    <Text c="dimmed">{step}</Text>
                  </Group>
                </Fragment>
              ))}
            </Group>
            {manager ? (
              <EmptyState.Actions mt="xl">
                <Button component={Link} to="/users" variant="default" leftSection={<IconUsers size={16} />}>
                  Manage your team in Users
                </Button>
              </EmptyState.Actions>
            ) : null}
          </EmptyState>
        </Paper>
      </Stack>
    </PageContainer>
  );
}
