import type { ContactFilter } from '../../../shared/contacts';
import { badRequest } from '../../errors';

/** A bulk action's request: chosen ids, or every contact matching the filter when `allMatching` says so. */
export type BulkRequest = { ids?: string[]; filter?: ContactFilter; allMatching?: boolean };

/** What the action acts on: the ids (narrowed by the filter, if any), or — ids null — everything matching. */
export type BulkSelection = { ids: string[] | null; filter: ContactFilter };

/**
 * No selection is a 400 asking which, never "everything" (issue 15: `{"repId":null}` once returned every owned
 * lead to the pool). `what` names the things in the message: "leads", "contacts", "recipients".
 */
export function bulkSelectionOf(request: BulkRequest, what: string): BulkSelection {
  const chosen = request.ids?.length ? request.ids : null;
  if (chosen && request.allMatching) {
    throw badRequest(
      'ambiguous_selection',
      `Send either the chosen ${what} or allMatching: true for every one matching the filter, not both.`,
      [{ path: 'allMatching', message: 'Leave it out when you send ids.' }],
    );
  }
  if (!chosen && !request.allMatching) {
    throw badRequest(
      'selection_required',
      `Choose which ${what}: send their ids, or allMatching: true for every one matching the filter.`,
      [{ path: 'allMatching', message: `Choose ${what}, or say every one matching the filter.` }],
    );
  }
  return { ids: chosen, filter: request.filter ?? {} };
}
