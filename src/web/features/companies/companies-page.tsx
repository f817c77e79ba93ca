import { Button, Center, EmptyState, Paper, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconBuildingFactory2, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { LoadError } from '../../components/load-error';
import { PageContainer } from '../../components/page-container';
import { PageHeader } from '../../components/page-header';
import { useCompanies } from './companies-api';
import { CompaniesTable } from './companies-table';
import { NewCompanyModal } from './new-company-modal';

export function CompaniesPage() {
  useDocumentTitle('Companies · Lowboy');
  const companies = useCompanies();
  const [creating, setCreating] = useState(false);
  const items = companies.data?.pages.flatMap((p) => p.items);
  const more = companies.hasNextPage;

  return (
    <PageContainer>
      <PageHeader
        title="Companies"
        description={
          items ? `${items.length.toLocaleString('en-US')}${more ? '+' : ''} companies, A–Z` : 'Loading…'
        }
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            New company
          </Button>
        }
      />
      <Stack gap="md">
        {companies.isError ? (
          <LoadError
            title="Companies could not load"
            error={companies.error}
            onRetry={() => companies.refetch()}
          />
        ) : (
          <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
            <CompaniesTable
              companies={items}
              emptyState={
                <EmptyState
                  withIndicatorBackground
                  icon={<IconBuildingFactory2 size={26} stroke={1.5} />}
                  title="No companies yet"
                  description="Companies appear as contacts are created with a company name, or add one here."
                >
                  <EmptyState.Actions>
                    <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
                      New company
                    </Button>
                  </EmptyState.Actions>
                </EmptyState>
              }
            />
          </Paper>
        )}
        {more ? (
          <Center>
            <Button
              variant="default"
              onClick={() => companies.fetchNextPage()}
              loading={companies.isFetchingNextPage}
            >
              Load more
            </Button>
          </Center>
        ) : items?.length ? (
          <Text size="xs" c="dimmed" ta="center">
            That’s every company.
          </Text>
        ) : null}
      </Stack>
      {creating ? <NewCompanyModal onClose={() => setCreating(false)} /> : null}
    </PageContainer>
  );
}
