import { type ContactSortKey, contactSortKeys } from '../../../shared/contacts';

// The contact list's URL query string IS its filter: shareable, survives a reload, stored by saved views.
export const filterKeys = [
  'q',
  'state',
  'status',
  'owner',
  'source',
  'tag',
  'hasPhone',
  'hasEmail',
  'touchedBefore',
  'touchedAfter',
  'deleted',
] as const;
export type FilterKey = (typeof filterKeys)[number];
export type ListFilters = Partial<Record<FilterKey, string>>;
export type SortDir = 'asc' | 'desc';
export type ListState = { filters: ListFilters; sort: ContactSortKey; dir: SortDir };

export const defaultSort: { sort: ContactSortKey; dir: SortDir } = { sort: 'name', dir: 'asc' };

export function readListState(params: URLSearchParams): ListState {
  const filters: ListFilters = {};
  for (const key of filterKeys) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const sortParam = params.get('sort');
  const sort = contactSortKeys.find((k) => k === sortParam) ?? defaultSort.sort;
  const dir: SortDir = params.get('dir') === 'desc' ? 'desc' : 'asc';
  return { filters, sort, dir };
}

/** The canonical query string of a list state: fixed key order, defaults left out, so equal lists compare equal. */
export function listSearch({ filters, sort, dir }: ListState): string {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (sort !== defaultSort.sort || dir !== defaultSort.dir) {
    params.set('sort', sort);
    params.set('dir', dir);
  }
  return params.toString();
}

/** Same list? Compares saved-view and URL query strings regardless of key order or defaults. */
export function sameList(a: string, b: string): boolean {
  return (
    listSearch(readListState(new URLSearchParams(a))) === listSearch(readListState(new URLSearchParams(b)))
  );
}

/** Filters a person set (the recycle bin is a view, not a filter to clear). */
export function activeFilterCount(filters: ListFilters): number {
  return filterKeys.filter((k) => k !== 'deleted' && filters[k]).length;
}

export function splitList(value: string | undefined): string[] {
  return value ? value.split(',').filter(Boolean) : [];
}

/** The filter as the export and bulk endpoints take it (the same fields as the list's). */
export function filterParams(filters: ListFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params;
}

/** The filter as a JSON body for bulk actions: lists as arrays, flags as the strings the schema reads. */
export function filterBody(filters: ListFilters): Record<string, string | string[]> {
  const body: Record<string, string | string[]> = {};
  for (const key of filterKeys) {
    const value = filters[key];
    if (!value) continue;
    body[key] = key === 'state' || key === 'status' ? splitList(value) : value;
  }
  return body;
}
