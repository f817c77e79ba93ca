import { Button, EmptyState, Paper, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconUsers } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import { PageContainer } from '../../components/page-container';
import { PageHeader } from '../../components/page-header';
import { canManageUsers, useCurrentUser } from '../auth/current-user';
import { CallListOverview } from '../calls/call-list-overview';
import { RepPicker } from '../calls/rep-picker';
import { ExpiringLeadsCard } from './expiring-leads-card';
import { formatToday, greetingFor } from './greeting';

export function MyDayPage() {
  useDocumentTitle('My day · Lowboy');
  const me = useCurrentUser();
  const now = new Date();
  const manager = canManageUsers(me);
  const [params, setParams] = useSearchParams();
  const repId = manager ? params.get('repId') : null;
  const pickRep = (id: string | null) => setParams(id ? { repId: id } : {}, { replace: true });

  return (
    <PageContainer width={1120}>
      <PageHeader
        title={greetingFor(me.name, now)}
        description={formatToday(now)}
        actions={manager ? <RepPicker value={repId} onChange={pickRep} /> : null}
      />
      <Stack gap="lg">
        {manager ? null : <ExpiringLeadsCard />}
        {!manager ? (
          <CallListOverview canCall />
        ) : repId ? (
          <CallListOverview repId={repId} canCall={false} />
        ) : (
          <ManagerEmptyState />
        )}
      </Stack>
    </PageContainer>
  );
}

function ManagerEmptyState() {
  return (
    <Paper withBorder radius="md" px="xl" py={56}>
      <EmptyState
        withIndicatorBackground
        icon={<IconUsers size={26} stroke={1.5} />}
        title="Pick a rep to see their day"
        description="Each rep's call list is ordered so the most urgent call is on top: overdue callbacks, today's follow-ups, new leads, then retries. Choose a rep above to see theirs."
      >
        <EmptyState.Actions mt="xl">
          <Button component={Link} to="/numbers" variant="default">
            See the team's numbers
          </Button>
          <Button component={Link} to="/users" variant="default" leftSection={<IconUsers size={16} />}>
            Manage your team in Users
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}
