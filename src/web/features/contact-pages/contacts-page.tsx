import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useDocumentTitle, useLocalStorage } from '@mantine/hooks';
import { IconDownload, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { type ContactColumn, contactColumns } from '../../../shared/contacts';
import { LoadError } from '../../components/load-error';
import { PageContainer } from '../../components/page-container';
import { PageHeader } from '../../components/page-header';
import { pluralize } from '../../lib/format';
import { canManageUsers, useCurrentUser } from '../auth/current-user';
import { BulkTagModal } from '../contacts/bulk-tag-modal';
import { ColumnChooser } from '../contacts/column-chooser';
import { columnsOf, defaultColumns } from '../contacts/contact-columns';
import { activeFilterCount, filterBody, filterParams } from '../contacts/contact-list-query';
import { useContactList, useExactContactCount } from '../contacts/contacts-api';
import { ContactsEmpty } from '../contacts/contacts-empty';
import { ContactsFilters } from '../contacts/contacts-filters';
import { ContactsPager, PAGE_SIZE, useCursorStack } from '../contacts/contacts-pager';
import { ContactsTable } from '../contacts/contacts-table';
import { ExportModal } from '../contacts/export-modal';
import { NewContactModal } from '../contacts/new-contact-modal';
import { RestoreButton } from '../contacts/restore-button';
import { currentViewName, SavedViewsMenu } from '../contacts/saved-views-menu';
import { useSelection } from '../contacts/selection';
import { SelectionBar } from '../contacts/selection-bar';
import { useListState } from '../contacts/use-list-state';
import { useViewActions } from '../contacts/use-view-actions';
import { BulkEmailModal } from '../email/bulk-email-modal';
import { AssignModal } from '../leads/assign-modal';

type Dialog = 'create' | 'tag' | 'export' | 'assign' | 'email' | null;

export function ContactsPage() {
  const list = useListState();
  const { filters, sort, dir } = list.state;
  const [columns, setColumns] = useLocalStorage<ContactColumn[]>({
    key: 'lowboy:contact-columns',
    defaultValue: defaultColumns,
    getInitialValueInEffect: false,
  });
  const shownColumns = columns.filter((c) => contactColumns.includes(c));
  const pages = useCursorStack(list.search);
  const query = new URLSearchParams(list.search);
  if (pages.cursor) query.set('cursor', pages.cursor);
  query.set('limit', String(PAGE_SIZE));
  const contacts = useContactList(query.toString());
  const page = contacts.data;
  const selection = useSelection(list.search, page?.items);
  const views = useViewActions(list, shownColumns, setColumns);
  const [dialog, setDialog] = useState<Dialog>(null);
  const manager = canManageUsers(useCurrentUser());
  const close = () => setDialog(null);

  const viewName = currentViewName(list.search, views.saved);
  useDocumentTitle(`${viewName && viewName !== 'All contacts' ? viewName : 'Contacts'} · Lowboy`);
  const deletedView = filters.deleted === 'only';
  const filtered = activeFilterCount(filters) > 0;
  const total = page?.total ?? 0;
  const capped = page?.totalCapped ?? false;
  const allMatching = selection.selection.allMatching;
  const exact = useExactContactCount(filterParams(filters).toString(), allMatching && capped);
  // Bulk actions name how many they touch: beyond the list's capped count that is the exact count, asked once.
  const matching = capped ? (exact.data ?? null) : total;
  const selectedCount = allMatching ? (matching ?? total) : selection.selection.picked.size;
  const clearFilters = () => list.open(deletedView ? 'deleted=only' : '');

  const onSort = (key: typeof sort) =>
    list.change({ sort: key, dir: key === sort && dir === 'asc' ? 'desc' : 'asc' });

  return (
    <PageContainer>
      <PageHeader
        title={viewName && viewName !== 'All contacts' ? `Contacts · ${viewName}` : 'Contacts'}
        description={
          page ? pluralize(total, deletedView ? 'deleted contact' : 'contact', undefined, capped) : 'Loading…'
        }
        actions={
          <>
            <SavedViewsMenu search={list.search} views={views.saved} onAction={views.onAction} />
            <ColumnChooser value={shownColumns} onChange={setColumns} />
            <Button
              variant="default"
              leftSection={<IconDownload size={16} />}
              onClick={() => setDialog('export')}
            >
              Export
            </Button>
            <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog('create')}>
              New contact
            </Button>
          </>
        }
      />
      <Stack gap="sm">
        <ContactsFilters
          filters={filters}
          onChange={(f, replace) => list.change({ filters: f }, { replace })}
          onClear={clearFilters}
        />
        {selection.pageSelection === 'all' && total > (page?.items.length ?? 0) ? (
          <SelectAllBanner
            allMatching={selection.selection.allMatching}
            shown={page?.items.length ?? 0}
            total={total}
            capped={capped}
            matching={matching}
            onSelectAll={selection.selectAllMatching}
            onClear={selection.clear}
          />
        ) : null}
        {contacts.isError ? (
          <LoadError
            title="Contacts could not load"
            error={contacts.error}
            onRetry={() => contacts.refetch()}
          />
        ) : (
          <Paper
            withBorder
            radius="md"
            style={{ overflow: 'hidden' }}
            opacity={contacts.isPlaceholderData ? 0.7 : 1}
          >
            <ContactsTable
              columns={columnsOf(shownColumns)}
              contacts={page?.items}
              sort={sort}
              dir={dir}
              onSort={onSort}
              isSelected={selection.isSelected}
              onToggle={selection.toggle}
              pageSelection={selection.pageSelection}
              onTogglePage={selection.togglePage}
              rowAction={deletedView ? (c) => <RestoreButton contact={c} /> : undefined}
              emptyState={
                <ContactsEmpty
                  kind={deletedView ? 'bin-empty' : filtered ? 'no-match' : 'none-yet'}
                  onCreate={() => setDialog('create')}
                  onClear={clearFilters}
                />
              }
            />
            {page && page.items.length > 0 ? (
              <ContactsPager
                pageIndex={pages.pageIndex}
                shown={page.items.length}
                total={total}
                capped={capped}
                hasNext={Boolean(page.nextCursor)}
                onPrevious={pages.previous}
                onNext={() => page.nextCursor && pages.next(page.nextCursor)}
              />
            ) : null}
          </Paper>
        )}
      </Stack>

      <SelectionBar
        count={selectedCount}
        counting={allMatching && matching === null}
        onTag={() => setDialog('tag')}
        onExport={() => setDialog('export')}
        onAssign={manager ? () => setDialog('assign') : undefined}
        onEmail={deletedView ? undefined : () => setDialog('email')}
        onClear={selection.clear}
      />
      {dialog === 'create' ? <NewContactModal onClose={close} /> : null}
      {dialog === 'tag' ? (
        <BulkTagModal
          target={
            selection.selection.allMatching
              ? { filter: filterBody(filters), allMatching: true }
              : { ids: [...selection.selection.picked.keys()] }
          }
          count={selectedCount}
          onDone={selection.clear}
          onClose={close}
        />
      ) : null}
      {dialog === 'export' ? (
        <ExportModal
          filters={filters}
          total={total}
          capped={capped}
          picked={selection.selection.allMatching ? [] : [...selection.selection.picked.values()]}
          columns={shownColumns}
          onClose={close}
        />
      ) : null}
      {dialog === 'assign' ? (
        <AssignModal
          target={
            selection.selection.allMatching
              ? { filter: filterBody(filters), allMatching: true }
              : { contactIds: [...selection.selection.picked.keys()] }
          }
          count={selectedCount}
          onDone={selection.clear}
          onClose={close}
        />
      ) : null}
      {dialog === 'email' ? (
        <BulkEmailModal
          target={
            selection.selection.allMatching
              ? { filter: filterBody(filters), allMatching: true }
              : { contactIds: [...selection.selection.picked.keys()] }
          }
          count={selectedCount}
          onStarted={selection.clear}
          onClose={close}
        />
      ) : null}
      {views.dialog}
    </PageContainer>
  );
}

function SelectAllBanner(props: {
  allMatching: boolean;
  shown: number;
  total: number;
  capped: boolean;
  /** The exact count when the list's was capped; null while it is being counted. */
  matching: number | null;
  onSelectAll: () => void;
  onClear: () => void;
}) {
  return (
    <Paper bg="var(--mantine-primary-color-light)" radius="md" px="md" py={8}>
      <Group justify="center" gap={6}>
        {props.allMatching ? (
          <>
            <Text>
              {props.matching === null
                ? 'Counting the contacts matching this filter…'
                : `All ${pluralize(props.matching, 'contact')} matching this filter are selected.`}
            </Text>
            <Anchor component="button" size="sm" fw={500} onClick={props.onClear}>
              Clear selection
            </Anchor>
          </>
        ) : (
          <>
            <Text>All {props.shown} contacts on this page are selected.</Text>
            <Anchor component="button" size="sm" fw={500} onClick={props.onSelectAll}>
              Select all {pluralize(props.total, 'contact', undefined, props.capped)} matching this filter
            </Anchor>
          </>
        )}
      </Group>
    </Paper>
  );
}
