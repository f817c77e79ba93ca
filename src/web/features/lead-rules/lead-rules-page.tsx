import { Skeleton, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { AccessDenied } from '../../components/access-denied';
import { LoadError } from '../../components/load-error';
import { PageContainer } from '../../components/page-container';
import { PageHeader } from '../../components/page-header';
import { canManageUsers, useCurrentUser } from '../auth/current-user';
import { CallRulesCard } from './call-rules-form';
import { useLeadRules } from './lead-rules-api';
import { LeadRulesForm } from './lead-rules-form';
import { RepLimits } from './rep-limits';

export function LeadRulesPage() {
  useDocumentTitle('Lead rules · Lowboy');
  const me = useCurrentUser();
  if (!canManageUsers(me)) {
    return (
      <AccessDenied reason="Lead rules are set by sales managers and admins. Ask one of them for a change." />
    );
  }
  return <LeadRulesSettings />;
}

function LeadRulesSettings() {
  const rules = useLeadRules();
  return (
    <PageContainer width={1040}>
      <PageHeader
        title="Lead rules"
        description="How many leads each rep may hold, how long an untouched claim lasts, who sees which leads, and when unanswered leads come back to be called."
      />
      {rules.isError ? (
        <LoadError title="Lead rules could not load" error={rules.error} onRetry={() => rules.refetch()} />
      ) : !rules.data ? (
        <Stack gap="md" aria-busy>
          <Skeleton height={420} radius="md" />
          <Skeleton height={180} radius="md" />
        </Stack>
      ) : (
        <Stack gap={40}>
          <LeadRulesForm rules={rules.data} />
          <RepLimits rules={rules.data} />
          <CallRulesCard />
        </Stack>
      )}
    </PageContainer>
  );
}
