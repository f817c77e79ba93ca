import { Anchor, Breadcrumbs, Button, EmptyState, Skeleton, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconMailQuestion } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { LoadError } from '../../components/load-error';
import { PageContainer } from '../../components/page-container';
import { TemplateEditor } from './template-editor';
import { useTemplate } from './templates-api';

export function TemplatePage() {
  const { id = '' } = useParams();
  const template = useTemplate(id);
  useDocumentTitle(`${template.data?.name ?? 'Template'} · Lowboy`);
  if (isApiError(template.error) && template.error.status === 404) {
    return (
      <PageContainer>
        <EmptyState
          mt={56}
          withIndicatorBackground
          icon={<IconMailQuestion size={28} stroke={1.5} />}
          title="Template not found"
          description="It may be someone else's personal template."
        >
          <EmptyState.Actions>
            <Button component={Link} to="/templates" variant="default">
              Back to Templates
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </PageContainer>
    );
  }
  return (
    <PageContainer width={1500}>
      <Breadcrumbs mb="md" fz="sm">
        <Anchor component={Link} to="/templates">
          Templates
        </Anchor>
        <Text size="sm">{template.data?.name ?? '…'}</Text>
      </Breadcrumbs>
      {template.isError ? (
        <LoadError
          title="This template could not load"
          error={template.error}
          onRetry={() => template.refetch()}
        />
      ) : template.data ? (
        <TemplateEditor key={template.data.id} template={template.data} />
      ) : (
        <Stack aria-busy>
          <Skeleton height={40} width={320} />
          <Skeleton height={480} />
        </Stack>
      )}
    </PageContainer>
  );
}
