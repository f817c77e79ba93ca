import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Menu,
  Paper,
  SegmentedControl,
  Skeleton,
  Stack,
  Switch,
  Table,
  Text,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconArchive, IconCopy, IconDots, IconPencil, IconPlus, IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { EmailTemplate } from '../../../shared/email';
import { LoadError } from '../../components/load-error';
import { PageContainer } from '../../components/page-container';
import { PageHeader } from '../../components/page-header';
import { formatExact, formatRelative } from '../../lib/format';
import { useCurrentUser } from '../auth/current-user';
import { NewTemplateModal } from './new-template-modal';
import { ArchiveTemplateModal, useDuplicateTemplate, useRestoreTemplate } from './template-actions';
import { canEditTemplate, scopeLabel } from './template-permissions';
import { useTemplates } from './templates-api';

type Show = 'all' | 'team' | 'mine';

export function TemplatesPage() {
  useDocumentTitle('Templates · Lowboy');
  const me = useCurrentUser();
  const [show, setShow] = useState<Show>('all');
  const [archived, setArchived] = useState(false);
  const [creating, setCreating] = useState(false);
  const [archiving, setArchiving] = useState<EmailTemplate | null>(null);
  const templates = useTemplates(archived);
  const duplicate = useDuplicateTemplate();
  const restore = useRestoreTemplate();
  const rows = (templates.data ?? [])
    .filter((t) => t.archived === archived)
    .filter((t) => show === 'all' || (show === 'team' ? t.scope === 'team' : t.owner?.id === me.id))
    .sort((a, b) => (a.scope === b.scope ? a.name.localeCompare(b.name) : a.scope === 'team' ? -1 : 1));

  return (
    <PageContainer width={1200}>
      <PageHeader
        title="Templates"
        description="Email templates with variables that fill in from the contact, the company and you."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            New template
          </Button>
        }
      />
      <Group justify="space-between" mb="sm">
        <SegmentedControl
          aria-label="Show templates"
          value={show}
          onChange={(v) => setShow(v as Show)}
          data={[
            { value: 'all', label: 'All' },
            { value: 'team', label: 'Team' },
            { value: 'mine', label: 'Mine' },
          ]}
        />
        <Switch
          label="Show archived"
          checked={archived}
          onChange={(e) => setArchived(e.currentTarget.checked)}
        />
      </Group>
      {templates.isError ? (
        <LoadError
          title="Templates could not load"
          error={templates.error}
          onRetry={() => templates.refetch()}
        />
      ) : (
        <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
          <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
            <Table.Thead bg="var(--mantine-color-gray-0)">
              <Table.Tr>
                <Table.Th>Template</Table.Th>
                <Table.Th w={120}>Used by</Table.Th>
                <Table.Th w={140}>Updated</Table.Th>
                <Table.Th w={48} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {!templates.data ? (
                [0, 1, 2].map((i) => (
                  <Table.Tr key={i}>
                    <Table.Td colSpan={4}>
                      <Skeleton height={28} />
                    </Table.Td>
                  </Table.Tr>
                ))
              ) : rows.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={4}>
                    <Text c="dimmed" ta="center" py="xl">
                      {archived ? 'No archived templates.' : 'No templates here yet.'}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ) : (
                rows.map((t) => (
                  <Table.Tr key={t.id}>
                    <Table.Td>
                      <Stack gap={2}>
                        <Anchor component={Link} to={`/templates/${t.id}`} fw={600} size="sm">
                          {t.name}
                        </Anchor>
                        <Text size="xs" c="dimmed" truncate maw={640}>
                          {t.subject}
                        </Text>
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <Badge
                        variant={t.scope === 'team' ? 'light' : 'outline'}
                        color={t.scope === 'team' ? 'blue' : 'gray'}
                        radius="sm"
                        tt="none"
                      >
                        {scopeLabel(t, me)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c="dimmed" title={formatExact(t.updatedAt)}>
                        {formatRelative(t.updatedAt)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Menu position="bottom-end" withinPortal>
                        <Menu.Target>
                          <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${t.name}`}>
                            <IconDots size={16} />
                          </ActionIcon>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item
                            component={Link}
                            to={`/templates/${t.id}`}
                            leftSection={<IconPencil size={14} />}
                          >
                            {canEditTemplate(me, t) ? 'Edit' : 'Open'}
                          </Menu.Item>
                          <Menu.Item
                            leftSection={<IconCopy size={14} />}
                            onClick={() => duplicate.duplicate(t)}
                          >
                            Duplicate
                          </Menu.Item>
                          {canEditTemplate(me, t) ? (
                            t.archived ? (
                              <Menu.Item leftSection={<IconRestore size={14} />} onClick={() => restore(t)}>
                                Restore
                              </Menu.Item>
                            ) : (
                              <Menu.Item
                                color="red"
                                leftSection={<IconArchive size={14} />}
                                onClick={() => setArchiving(t)}
                              >
                                Archive…
                              </Menu.Item>
                            )
                          ) : null}
                        </Menu.Dropdown>
                      </Menu>
                    </Table.Td>
                  </Table.Tr>
                ))
              )}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {creating ? <NewTemplateModal onClose={() => setCreating(false)} /> : null}
      {archiving ? <ArchiveTemplateModal template={archiving} onClose={() => setArchiving(null)} /> : null}
    </PageContainer>
  );
}
