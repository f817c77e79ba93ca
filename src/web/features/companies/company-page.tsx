import {
  Alert,
  Anchor,
  Breadcrumbs,
  Button,
  EmptyState,
  Grid,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconBuildingFactory2, IconMapPin, IconRefreshAlert, IconWorld } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { LoadError } from '../../components/load-error';
import { PageContainer } from '../../components/page-container';
import { type CompanyWithContacts, refreshCompany, useCompany } from './companies-api';
import { CompanyContacts } from './company-contacts';
import { CompanyDetails } from './company-details';
import { useCompanyEditor } from './use-company-editor';

export function CompanyPage() {
  const { id = '' } = useParams();
  const company = useCompany(id);
  useDocumentTitle(`${company.data?.name ?? 'Company'} · Lowboy`);

  if (isApiError(company.error) && company.error.status === 404) return <CompanyNotFound />;
  return (
    <PageContainer width={1400}>
      <Breadcrumbs mb="md" fz="sm">
        <Anchor component={Link} to="/companies">
          Companies
        </Anchor>
        <Text size="sm">{company.data?.name ?? '…'}</Text>
      </Breadcrumbs>
      {company.isError ? (
        <LoadError
          title="This company could not load"
          error={company.error}
          onRetry={() => company.refetch()}
        />
      ) : company.data ? (
        <CompanyWorkspace company={company.data} />
      ) : (
        <Stack gap="md" aria-busy>
          <Skeleton height={96} radius="md" />
          <Skeleton height={360} radius="md" />
        </Stack>
      )}
    </PageContainer>
  );
}

function CompanyWorkspace({ company }: { company: CompanyWithContacts }) {
  const queryClient = useQueryClient();
  const editor = useCompanyEditor(company, () => void refreshCompany(queryClient, company.id));
  const hq = [company.hqCity, company.hqState].filter(Boolean).join(', ');
  return (
    <Stack gap="md">
      {editor.conflict ? (
        <Alert
          color="yellow"
          variant="light"
          role="alert"
          icon={<IconRefreshAlert size={18} />}
          title="Changed by someone else"
        >
          <Text size="sm" mb="xs">
            Someone saved this company after you opened it, so your change was not saved.
          </Text>
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={editor.reload}>
              Reload
            </Button>
            <Button
              size="xs"
              color="yellow.7"
              onClick={() => void editor.overwrite()}
              loading={editor.saving}
            >
              Overwrite with my change
            </Button>
          </Group>
        </Alert>
      ) : null}
      <Paper withBorder radius="md" p="lg">
        <Group gap="md" wrap="nowrap">
          <ThemeIcon size={52} radius="md" variant="light">
            <IconBuildingFactory2 size={28} stroke={1.5} />
          </ThemeIcon>
          <Stack gap={4}>
            <Title order={1}>{company.name}</Title>
            <Group gap="lg" c="dimmed">
              {company.industry ? <Text size="sm">{company.industry}</Text> : null}
              {hq ? (
                <Group gap={6} wrap="nowrap">
                  <IconMapPin size={16} stroke={1.6} />
                  <Text size="sm">{hq}</Text>
                </Group>
              ) : null}
              {company.website ? (
                <Group gap={6} wrap="nowrap">
                  <IconWorld size={16} stroke={1.6} />
                  <Anchor
                    size="sm"
                    href={/^https?:/i.test(company.website) ? company.website : `https://${company.website}`}
                    target="_blank"
                    rel="noopener noreferrer"
                  >
                    {company.website}
                  </Anchor>
                </Group>
              ) : null}
              <Text size="sm">
                {company.contacts.length} contact{company.contacts.length === 1 ? '' : 's'}
              </Text>
            </Group>
          </Stack>
        </Group>
      </Paper>
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <CompanyDetails company={company} editor={editor} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <CompanyContacts companyId={company.id} companyName={company.name} contacts={company.contacts} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function CompanyNotFound() {
  useDocumentTitle('Company not found · Lowboy');
  return (
    <PageContainer>
      <EmptyState
        mt={56}
        withIndicatorBackground
        icon={<IconBuildingFactory2 size={28} stroke={1.5} />}
        title="Company not found"
        description="The link may be old, or the company may have been merged."
      >
        <EmptyState.Actions>
          <Button component={Link} to="/companies" variant="default">
            Back to Companies
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </PageContainer>
  );
}
