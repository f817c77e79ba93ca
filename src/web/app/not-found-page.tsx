import { Button, EmptyState } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconMapOff } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';
import { PageContainer } from '../components/page-container';

export function NotFoundPage() {
  useDocumentTitle('Page not found · Lowboy');
  const { pathname } = useLocation();
  return (
    <PageContainer>
      <EmptyState
        mt={56}
        withIndicatorBackground
        icon={<IconMapOff size={28} stroke={1.5} />}
        title="Page not found"
        description={`There is nothing at ${pathname}. The link may be old, or the page may have moved.`}
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
