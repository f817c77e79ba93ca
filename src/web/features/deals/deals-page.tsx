import {
  Button,
  EmptyState,
  Group,
  Paper,
  SegmentedControl,
  Skeleton,
  Stack,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue, useDocumentTitle } from '@mantine/hooks';
import { IconAddressBook, IconLayoutKanban, IconList, IconPercentage, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { openStages } from '../../../shared/deals';
import { LoadError } from '../../components/load-error';
import { PageContainer } from '../../components/page-container';
import { PageHeader } from '../../components/page-header';
import { RepPicker } from '../calls/rep-picker';
import { useTeam } from '../contacts/team-api';
import { formatMoneyShort } from './deal-format';
import { useDeals } from './deals-api';
import { DealsTable } from './deals-table';
import { PipelineBoard } from './pipeline-board';
import { StageProbabilitiesModal } from './stage-probabilities-modal';
import { useStageMover } from './use-stage-mover';

/** The pipeline: a board by stage (default) or a list; managers filter by rep. */
export function DealsPage() {
  useDocumentTitle('Deals · Lowboy');
  const { manager } = useTeam();
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === 'list' ? 'list' : 'board';
  const ownerId = manager ? params.get('ownerId') : null;
  const [search, setSearch] = useState('');
  const [probabilitiesOpen, setProbabilitiesOpen] = useState(false);
  const [q] = useDebouncedValue(search.trim(), 250);
  const deals = useDeals({ ownerId, q: q || undefined });
  const mover = useStageMover();
  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const open = (deals.data ?? []).filter((d) => openStages.includes(d.stage));
  const openCents = open.reduce((s, d) => s + d.valueCents, 0);
  const weighted = open.reduce((s, d) => s + Math.round((d.valueCents * d.probability) / 100), 0);

  return (
    <PageContainer>
      <PageHeader
        title="Deals"
        description={
          deals.data
            ? `${open.length} open · ${formatMoneyShort(openCents)} in the pipeline · ${formatMoneyShort(weighted)} weighted`
            : 'Your pipeline, stage by stage.'
        }
        actions={
          <Group gap="sm">
            <TextInput
              aria-label="Search deals"
              placeholder="Search deals"
              leftSection={<IconSearch size={16} />}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              w={220}
            />
            {manager ? (
              <RepPicker value={ownerId} onChange={(id) => setParam('ownerId', id)} teamLabel="All reps" />
            ) : null}
            <Button
              variant="default"
              leftSection={<IconPercentage size={16} />}
              onClick={() => setProbabilitiesOpen(true)}
            >
              Stage probabilities
            </Button>
            <SegmentedControl
              aria-label="View"
              value={view}
              onChange={(v) => setParam('view', v === 'list' ? 'list' : null)}
              data={[
                {
                  value: 'board',
                  label: (
                    <Group gap={6} wrap="nowrap">
                      <IconLayoutKanban size={16} /> Board
                    </Group>
                  ),
                },
                {
                  value: 'list',
                  label: (
                    <Group gap={6} wrap="nowrap">
                      <IconList size={16} /> List
                    </Group>
                  ),
                },
              ]}
            />
          </Group>
        }
      />
      {deals.isError ? (
        <LoadError title="Deals could not load" error={deals.error} onRetry={() => deals.refetch()} />
      ) : !deals.data ? (
        <Group gap="md" align="flex-start" wrap="nowrap">
          {[0, 1, 2, 3, 4].map((i) => (
            <Skeleton key={i} height={420} radius="md" style={{ flex: 1 }} />
          ))}
        </Group>
      ) : deals.data.length === 0 && !q && !ownerId ? (
        <NoDeals />
      ) : view === 'board' ? (
        <PipelineBoard deals={deals.data} onMove={mover.move} />
      ) : (
        <Paper withBorder radius="md">
          <DealsTable deals={deals.data} onMove={mover.move} />
        </Paper>
      )}
      {mover.modal}
      <StageProbabilitiesModal
        opened={probabilitiesOpen}
        onClose={() => setProbabilitiesOpen(false)}
        canEdit={manager}
        deals={deals.data ?? []}
      />
    </PageContainer>
  );
}

function NoDeals() {
  return (
    <Paper withBorder radius="md" px="xl" py={56}>
      <Stack>
        <EmptyState
          withIndicatorBackground
          icon={<IconLayoutKanban size={26} stroke={1.5} />}
          title="No deals yet"
          description="A deal starts from a contact: open a contact who is interested in a move and choose New deal."
        >
          <EmptyState.Actions mt="xl">
            <Button
              component={Link}
              to="/contacts"
              variant="default"
              leftSection={<IconAddressBook size={16} />}
            >
              Go to Contacts
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </Stack>
    </Paper>
  );
}
