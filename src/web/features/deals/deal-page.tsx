import {
  Alert,
  Anchor,
  Avatar,
  Badge,
  Breadcrumbs,
  Button,
  Grid,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconPencil, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { type Deal, dealStageLabels } from '../../../shared/deals';
import { LoadError } from '../../components/load-error';
import { PageContainer } from '../../components/page-container';
import { formatRelative } from '../../lib/format';
import { DealFacts } from './deal-facts';
import { formatCalendarDate, formatMoney, isOverdue, stageColors } from './deal-format';
import { EditDealModal } from './deal-modal';
import { DealTimeline } from './deal-timeline';
import { useDeal } from './deals-api';
import { StagePath } from './stage-path';
import { useStageMover } from './use-stage-mover';

export function DealPage() {
  const { id = '' } = useParams();
  const deal = useDeal(id);
  useDocumentTitle(`${deal.data?.title ?? 'Deal'} · Lowboy`);
  return (
    <PageContainer width={1280}>
      <Breadcrumbs mb="md" fz="sm">
        <Anchor component={Link} to="/deals">
          Deals
        </Anchor>
        <Text size="sm">{deal.data?.title ?? '…'}</Text>
      </Breadcrumbs>
      {deal.isError ? (
        <LoadError title="This deal could not load" error={deal.error} onRetry={() => deal.refetch()} />
      ) : deal.data ? (
        <DealWorkspace deal={deal.data} />
      ) : (
        <Skeleton height={480} radius="md" />
      )}
    </PageContainer>
  );
}

function Figure({ label, value, color }: { label: string; value: string; color?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4}>
        {label}
      </Text>
      <Text fw={650} size="lg" c={color}>
        {value}
      </Text>
    </Stack>
  );
}

function DealWorkspace({ deal }: { deal: Deal }) {
  const [editing, setEditing] = useState(false);
  const mover = useStageMover();
  const weighted = Math.round((deal.valueCents * deal.probability) / 100);
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="lg">
        <Stack gap="md">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={4}>
              <Group gap="sm">
                <Title order={1}>{deal.title}</Title>
                <Badge variant="light" color={stageColors[deal.stage]} size="lg">
                  {dealStageLabels[deal.stage]}
                </Badge>
              </Group>
              <Group gap="xs" c="dimmed">
                {deal.contact ? (
                  <Anchor component={Link} to={`/contacts/${deal.contact.id}`} size="sm">
                    {deal.contact.name}
                  </Anchor>
                ) : null}
                {deal.company ? (
                  <>
                    <Text size="sm">·</Text>
                    <Anchor component={Link} to={`/companies/${deal.company.id}`} size="sm">
                      {deal.company.name}
                    </Anchor>
                  </>
                ) : null}
                <Text size="sm">· created {formatRelative(deal.createdAt)}</Text>
              </Group>
            </Stack>
            <Group gap="xs" wrap="nowrap">
              <Button
                variant="default"
                leftSection={<IconPencil size={16} />}
                onClick={() => setEditing(true)}
              >
                Edit
              </Button>
              {deal.stage !== 'won' ? (
                <Button color="teal" onClick={() => mover.move(deal, 'won')}>
                  Won
                </Button>
              ) : null}
              {deal.stage !== 'lost' ? (
                <Button
                  color="red"
                  variant="light"
                  leftSection={<IconX size={16} />}
                  onClick={() => mover.move(deal, 'lost')}
                >
                  Lost
                </Button>
              ) : null}
            </Group>
          </Group>
          <StagePath deal={deal} onMove={(stage) => mover.move(deal, stage)} />
          <Group gap={48}>
            <Figure label="Value" value={formatMoney(deal.valueCents)} />
            <Figure label="Probability" value={`${deal.probability}%`} />
            <Figure label="Weighted" value={formatMoney(weighted)} />
            <Figure
              label="Expected close"
              value={formatCalendarDate(deal.expectedCloseDate)}
              color={isOverdue(deal) ? 'red.7' : undefined}
            />
            <Stack gap={2}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4}>
                Owner
              </Text>
              <Group gap={6}>
                <Avatar name={deal.owner.name} color="initials" size={24} radius="xl" />
                <Text fw={500}>{deal.owner.name}</Text>
              </Group>
            </Stack>
          </Group>
          {deal.stage === 'lost' && deal.lostReason ? (
            <Alert color="gray" variant="light" title="Lost">
              {deal.lostReason}
            </Alert>
          ) : null}
        </Stack>
      </Paper>
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <DealFacts deal={deal} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <DealTimeline dealId={deal.id} />
        </Grid.Col>
      </Grid>
      {editing ? <EditDealModal deal={deal} onClose={() => setEditing(false)} /> : null}
      {mover.modal}
    </Stack>
  );
}
