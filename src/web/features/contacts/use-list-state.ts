import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ContactSortKey } from '../../../shared/contacts';
import {
  type ListFilters,
  type ListState,
  listSearch,
  readListState,
  type SortDir,
} from './contact-list-query';

export type ListChange = { filters?: ListFilters; sort?: ContactSortKey; dir?: SortDir };

/**
 * The list's filters and sort, read from and written to the URL. `replace` is for typing (the search box),
 * so Back does not step through every keystroke.
 */
export function useListState() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readListState(params), [params]);
  const search = listSearch(state);

  const change = useCallback(
    (next: ListChange, opts: { replace?: boolean } = {}) =>
      setParams(
        () => {
          // The address bar, not the router's last render: a navigation that is still rendering (a tab just
          // clicked) has already changed the URL, and merging into the older params would undo it.
          const current = readListState(new URLSearchParams(window.location.search));
          const merged: ListState = {
            filters: next.filters ? { ...current.filters, ...next.filters } : current.filters,
            sort: next.sort ?? current.sort,
            dir: next.dir ?? current.dir,
          };
          return new URLSearchParams(listSearch(merged));
        },
        { replace: opts.replace },
      ),
    [setParams],
  );

  /** Replaces the whole list state, e.g. opening a saved view or clearing the filters. */
  const open = useCallback((query: string) => setParams(new URLSearchParams(query)), [setParams]);

  return { state, search, change, open };
}
