import { Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useSearchParams } from 'react-router';
import { PageContainer } from '../../components/page-container';
import { PageHeader } from '../../components/page-header';
import { canManageUsers, useCurrentUser } from '../auth/current-user';
import { CallListOverview } from '../calls/call-list-overview';
import { RepPicker } from '../calls/rep-picker';
import { ManagerDashboard } from '../dashboard/manager-dashboard';
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
    <PageContainer width={manager && !repId ? 1480 : 1120}>
      <PageHeader
        title={greetingFor(me.name, now)}
        description={formatToday(now)}
        actions={
          manager ? <RepPicker value={repId} onChange={pickRep} placeholder="Open a rep’s call list" /> : null
        }
      />
      <Stack gap="lg">
        {manager ? null : <ExpiringLeadsCard />}
        {!manager ? (
          <CallListOverview canCall />
        ) : repId ? (
          <CallListOverview repId={repId} canCall={false} />
        ) : (
          <ManagerDashboard />
        )}
      </Stack>
    </PageContainer>
  );
}
