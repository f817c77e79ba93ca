import type { CallListGroup, CallOutcome } from '../../shared/calls';

export const outcomeLabels: Record<CallOutcome, string> = {
  no_answer: 'No Answer',
  left_voicemail: 'Left Voicemail',
  interested: 'Interested',
  callback: 'Callback',
  not_interested: 'Not Interested',
  wrong_number: 'Wrong Number',
  do_not_call: 'Do Not Call',
};

/** The same colors as the contact status badge, so an outcome reads the same everywhere. */
export const outcomeColors: Record<CallOutcome, string> = {
  no_answer: 'yellow',
  left_voicemail: 'orange',
  interested: 'teal',
  callback: 'blue',
  not_interested: 'red',
  wrong_number: 'pink',
  do_not_call: 'dark',
};

export const groupLabels: Record<CallListGroup, string> = {
  overdue: 'Overdue callbacks',
  due_today: 'Due today',
  new: 'New leads',
  retry: 'Retry',
};

export const groupColors: Record<CallListGroup, string> = {
  overdue: 'red',
  due_today: 'blue',
  new: 'teal',
  retry: 'gray',
};

export function percent(value: number | null): string {
  return value === null ? '—' : `${Math.round(value * 100)}%`;
}
