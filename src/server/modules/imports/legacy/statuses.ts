import type { ContactStatus } from '../../../../shared/contacts';

// The old dashboard's statuses, as reps typed or picked them, by key (lowercase letters only). "Called" alone
// records a dial without an outcome: No Answer is the status that puts the lead back in the call list.
const byKey: Record<string, ContactStatus> = {
  notcalled: 'not_called',
  new: 'not_called',
  called: 'no_answer',
  noanswer: 'no_answer',
  leftvoicemail: 'left_voicemail',
  voicemail: 'left_voicemail',
  leftvm: 'left_voicemail',
  vm: 'left_voicemail',
  callback: 'callback',
  callbackrequested: 'callback',
  followup: 'callback',
  interested: 'interested',
  hot: 'interested',
  notinterested: 'not_interested',
  wrongnumber: 'wrong_number',
  badnumber: 'wrong_number',
  donotcall: 'do_not_call',
  dnc: 'do_not_call',
};

/** Our status for an old one ("Called - Interested" → interested); null when nobody planned for it. */
export function mapLegacyStatus(text: string): ContactStatus | null {
  const key = text.toLowerCase().replace(/[^a-z]/g, '');
  return byKey[key] ?? byKey[key.replace(/^called/, '')] ?? null;
}
