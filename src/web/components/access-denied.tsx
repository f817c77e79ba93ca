import { Button, EmptyState } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Link } from 'react-router';
import { PageContainer } from './page-container';

/** Shown instead of a page the signed-in person's role may not open. */
export function AccessDenied({ reason }: { reason: string }) {
  return (
    <PageContainer>
      <EmptyState
        mt={56}
        withIndicatorBackground
        icon={<IconLock size={28} stroke={1.5} />}
        title="You don't have access"
        description={reason}
      >
        <EmptyState.Actions>
          <Button component={Link} to="/" variant="default">
            Go to My day
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </PageContainer>
  );
}
