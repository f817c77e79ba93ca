import { Button, EmptyState, Paper, Stack, Tabs } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconArrowBackUp, IconInbox } from '@tabler/icons-react';
import { useState } from 'react';
import type { Contact, ContactColumn } from '../../../shared/contacts';
import { stateName } from '../../../shared/us-states';
import { AccessDenied } from '../../components/access-denied';
import { LoadError } from '../../components/load-error';
import { PageContainer } from '../../components/page-container';
import { PageHeader } from '../../components/page-header';
import { useCurrentUser } from '../auth/current-user';
import { columnsOf } from '../contacts/contact-columns';
import { activeFilterCount } from '../contacts/contact-list-query';
import { useContactList } from '../contacts/contacts-api';
import { ContactsEmpty } from '../contacts/contacts-empty';
import { ContactsFilters } from '../contacts/contacts-filters';
import { ContactsPager, PAGE_SIZE, useCursorStack } from '../contacts/contacts-pager';
import { ContactsTable } from '../contacts/contacts-table';
import { useSelection } from '../contacts/selection';
import { useListState } from '../contacts/use-list-state';
import { ClaimButton } from './claim-button';
import { ClaimNext } from './claim-next';
import { useMyStates } from './leads-api';
import { PoolSelectionBar } from './pool-selection-bar';
import { ReleaseModal } from './release-modal';

const columns = columnsOf([
  'company',
  'title',
  'phone',
  'city',
  'state',
  'status',
  'lastActivity',
] satisfies ContactColumn[]);

/** A rep's pool (unassigned leads of their states) and their own leads, with the contact list's filters. */
export function LeadPoolPage() {
  const me = useCurrentUser();
  useDocumentTitle('Lead pool · Lowboy');
  if (me.role !== 'rep') return <AccessDenied reason="The lead pool is where reps claim leads." />;
  return <LeadPool repId={me.id} />;
}

function LeadPool({ repId }: { repId: string }) {
  const list = useListState();
  const { filters, sort, dir } = list.state;
  const tab = filters.owner === 'me' ? 'mine' : 'pool';
  const query = new URLSearchParams(list.search);
  query.set('owner', tab === 'mine' ? 'me' : 'none');
  const pages = useCursorStack(query.toString());
  if (pages.cursor) query.set('cursor', pages.cursor);
  query.set('limit', String(PAGE_SIZE));
  const contacts = useContactList(query.toString());
  const page = contacts.data;
  const selection = useSelection(`${tab}:${list.search}`, page?.items);
  const states = useMyStates(repId).data;
  const [releasing, setReleasing] = useState<Contact[] | null>(null);
  const territory = states?.length ? states.map(stateName).join(', ') : null;
  const noTerritory = states !== undefined && states.length === 0;

  return (
    <PageContainer>
      <PageHeader
        title="Lead pool"
        description={
          noTerritory
            ? 'You have no states yet — ask your manager to assign you a territory.'
            : tab === 'mine'
              ? 'Leads you own. Release one you can’t work, with a reason, so a teammate can.'
              : `Unassigned leads in ${territory ?? 'your states'}. Claim one to work it.`
        }
        actions={<ClaimNext />}
      />
      <Stack gap="sm">
        <Tabs
          value={tab}
          onChange={(t) => list.change({ filters: { owner: t === 'mine' ? 'me' : undefined } })}
        >
          <Tabs.List>
            <Tabs.Tab value="pool">
              Pool
              {tab === 'pool' && page
                ? ` · ${page.total.toLocaleString('en-US')}${page.totalCapped ? '+' : ''}`
                : ''}
            </Tabs.Tab>
            <Tabs.Tab value="mine">
              My leads
              {tab === 'mine' && page
                ? ` · ${page.total.toLocaleString('en-US')}${page.totalCapped ? '+' : ''}`
                : ''}
            </Tabs.Tab>
          </Tabs.List>
        </Tabs>
        <ContactsFilters
          filters={filters}
          onChange={(f, replace) => list.change({ filters: f }, { replace })}
          onClear={() => list.open(tab === 'mine' ? 'owner=me' : '')}
        />
        {contacts.isError ? (
          <LoadError title="Leads could not load" error={contacts.error} onRetry={() => contacts.refetch()} />
        ) : (
          <Paper
            withBorder
            radius="md"
            style={{ overflow: 'hidden' }}
            opacity={contacts.isPlaceholderData ? 0.7 : 1}
          >
            <ContactsTable
              columns={columns}
              contacts={page?.items}
              sort={sort}
              dir={dir}
              onSort={(key) =>
                list.change({ sort: key, dir: key === sort && dir === 'asc' ? 'desc' : 'asc' })
              }
              isSelected={selection.isSelected}
              onToggle={selection.toggle}
              pageSelection={selection.pageSelection}
              onTogglePage={selection.togglePage}
              rowAction={(c) =>
                tab === 'pool' ? (
                  <ClaimButton contact={c} />
                ) : (
                  <Button
                    size="xs"
                    variant="subtle"
                    color="orange"
                    leftSection={<IconArrowBackUp size={14} />}
                    aria-label={`Release ${c.name}`}
                    onClick={() => setReleasing([c])}
                  >
                    Release
                  </Button>
                )
              }
              emptyState={
                activeFilterCount({ ...filters, owner: undefined }) > 0 ? (
                  <ContactsEmpty
                    kind="no-match"
                    onCreate={() => {}}
                    onClear={() => list.open(tab === 'mine' ? 'owner=me' : '')}
                  />
                ) : (
                  <EmptyState
                    withIndicatorBackground
                    icon={<IconInbox size={26} stroke={1.5} />}
                    title={tab === 'pool' ? 'The pool is empty' : 'You have no leads yet'}
                    description={
                      tab === 'pool'
                        ? 'Every lead in your states has an owner. New leads land here as they come in.'
                        : 'Claim leads from the pool and they show up here.'
                    }
                  />
                )
              }
            />
            {page && page.items.length > 0 ? (
              <ContactsPager
                pageIndex={pages.pageIndex}
                shown={page.items.length}
                total={page.total}
                capped={page.totalCapped}
                hasNext={Boolean(page.nextCursor)}
                onPrevious={pages.previous}
                onNext={() => page.nextCursor && pages.next(page.nextCursor)}
              />
            ) : null}
          </Paper>
        )}
      </Stack>
      <PoolSelectionBar
        mode={tab}
        picked={[...selection.selection.picked.values()]}
        onRelease={setReleasing}
        onClear={selection.clear}
      />
      {releasing ? (
        <ReleaseModal contacts={releasing} onDone={selection.clear} onClose={() => setReleasing(null)} />
      ) : null}
    </PageContainer>
  );
}
