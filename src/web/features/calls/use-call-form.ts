import { useCallback, useState } from 'react';
import type { CallOutcome, LogCallInput } from '../../../shared/calls';
import { fromLocalInput } from './lead-time';

/** What the rep has entered for the lead on screen; reset for each lead. */
export function useCallForm() {
  const [outcome, setOutcome] = useState<CallOutcome | null>(null);
  const [notes, setNotes] = useState('');
  const [followUp, setFollowUp] = useState('');
  const [error, setError] = useState<{ field: 'outcome' | 'followUp'; message: string } | null>(null);

  const reset = useCallback(() => {
    setOutcome(null);
    setNotes('');
    setFollowUp('');
    setError(null);
  }, []);

  /** The request for the API, or null with the reason shown next to the field. */
  const toInput = (timeZone: string | null, durationSec: number): LogCallInput | null => {
    if (!outcome) {
      setError({ field: 'outcome', message: 'Pick an outcome first (keys 1–7).' });
      return null;
    }
    const wantsTime = outcome === 'callback' || outcome === 'interested';
    const followUpAt = wantsTime && followUp ? fromLocalInput(followUp, timeZone) : null;
    if (outcome === 'callback' && !followUpAt) {
      setError({ field: 'followUp', message: 'A callback needs a date and time.' });
      return null;
    }
    if (followUpAt && new Date(followUpAt).getTime() < Date.now() - 60_000) {
      setError({ field: 'followUp', message: 'That time has passed; pick one ahead.' });
      return null;
    }
    setError(null);
    return { outcome, notes: notes.trim(), durationSec, followUpAt };
  };

  return {
    outcome,
    setOutcome: (next: CallOutcome) => {
      setOutcome(next);
      setError(null);
    },
    notes,
    setNotes,
    followUp,
    setFollowUp: (value: string) => {
      setFollowUp(value);
      setError(null);
    },
    error,
    setError,
    reset,
    toInput,
  };
}
