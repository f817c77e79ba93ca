import { Button, Paper, Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconHistory } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../api/client';
import { AccessDenied } from '../../components/access-denied';
import { LoadError } from '../../components/load-error';
import { PageContainer } from '../../components/page-container';
import { PageHeader } from '../../components/page-header';
import { canManageUsers, useCurrentUser } from '../auth/current-user';
import { useImports } from './imports-api';
import { ImportsTable } from './imports-table';
import { UploadCsv } from './upload-csv';

export const noImportAccess =
  'Imports change the whole lead database, so sales managers and admins run them. Ask one of them to import your list.';

/** Only managers and admins import; everyone else gets the reason instead of the page. */
export function ImportsGate({ children }: { children: ReactNode }) {
  const me = useCurrentUser();
  return canManageUsers(me) ? children : <AccessDenied reason={noImportAccess} />;
}

export function ImportsPage() {
  useDocumentTitle('Imports · Lowboy');
  return (
    <ImportsGate>
      <ImportsOverview />
    </ImportsGate>
  );
}

function ImportsOverview() {
  const imports = useImports();
  if (isApiError(imports.error) && imports.error.status === 403)
    return <AccessDenied reason={noImportAccess} />;
  return (
    <PageContainer>
      <PageHeader
        title="Imports"
        description="Bring contacts in from a CSV export or the old dashboard’s files. Each import runs as a job with a report."
        actions={
          <Button
            component={Link}
            to="/imports/legacy"
            variant="default"
            leftSection={<IconHistory size={16} />}
          >
            Legacy import
          </Button>
        }
      />
      <Stack gap="xl">
        <UploadCsv />
        <Stack gap="sm">
          <Title order={2}>Past imports</Title>
          {imports.isError ? (
            <LoadError
              title="Imports could not load"
              error={imports.error}
              onRetry={() => imports.refetch()}
            />
          ) : (
            <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
              <ImportsTable imports={imports.data} />
            </Paper>
          )}
        </Stack>
      </Stack>
    </PageContainer>
  );
}
