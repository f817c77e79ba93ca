import type { Call, CallOutcome } from '../../../shared/calls';
import type { CallRow } from './repo';

export function presentCall(c: CallRow, repName: string): Call {
  return {
    id: c.id,
    contactId: c.contact_id,
    rep: { id: c.rep_id, name: repName },
    outcome: c.outcome as CallOutcome,
    notes: c.notes,
    durationSec: c.duration_sec,
    followUpAt: c.follow_up_at,
    calledAt: c.called_at,
  };
}
