import { useState } from 'react';
import type { Contact } from '../../../shared/contacts';

export type Selection = {
  /** Chosen one by one (possibly across pages). */
  picked: Map<string, Contact>;
  /** Everything matching the filter, not only what is loaded. */
  allMatching: boolean;
};

const empty: Selection = { picked: new Map(), allMatching: false };

/** Row selection for one list; a different filter (`scope`) starts with nothing selected. */
export function useSelection(scope: string, page: Contact[] | undefined) {
  const [state, setState] = useState({ scope, selection: empty });
  const selection = state.scope === scope ? state.selection : empty;
  const set = (next: Selection) => setState({ scope, selection: next });

  const isSelected = (id: string) => selection.allMatching || selection.picked.has(id);
  const onPage = page?.filter((c) => isSelected(c.id)).length ?? 0;
  const pageSelection: 'all' | 'some' | 'none' =
    page?.length && onPage === page.length ? 'all' : onPage > 0 ? 'some' : 'none';

  return {
    selection,
    isSelected,
    pageSelection,
    toggle(contact: Contact) {
      const picked = new Map(selection.allMatching ? (page ?? []).map((c) => [c.id, c]) : selection.picked);
      if (picked.has(contact.id)) picked.delete(contact.id);
      else picked.set(contact.id, contact);
      set({ picked, allMatching: false });
    },
    togglePage() {
      const picked = new Map(selection.picked);
      if (pageSelection === 'all') {
        for (const c of page ?? []) picked.delete(c.id);
        return set({ picked, allMatching: false });
      }
      for (const c of page ?? []) picked.set(c.id, c);
      set({ picked, allMatching: false });
    },
    selectAllMatching: () => set({ picked: new Map(), allMatching: true }),
    clear: () => set(empty),
  };
}

export type SelectionApi = ReturnType<typeof useSelection>;
