import { useEffect, useRef, useState } from 'react';
import { type LeaseHolder, releaseLease, takeLease } from './calls-api';

export type LeaseState =
  | { state: 'taking' }
  | { state: 'held' }
  | { state: 'taken'; holder: LeaseHolder | null; message: string }
  | { state: 'failed'; message: string };

/**
 * Holds the lead while it is on screen, so nobody else on the list calls it; lets it go when the rep moves
 * on (unless the call was saved, which ends the lease on the server) or closes the page.
 */
export function useLeadLease(contactId: string | null) {
  const [lease, setLease] = useState<LeaseState>({ state: 'taking' });
  const ended = useRef(false);

  useEffect(() => {
    if (!contactId) return;
    let live = true;
    ended.current = false;
    setLease({ state: 'taking' });
    takeLease(contactId).then(
      (result) => {
        if (!live) return;
        setLease(
          result.ok ? { state: 'held' } : { state: 'taken', holder: result.holder, message: result.message },
        );
        if (!result.ok) ended.current = true;
      },
      (error: Error) => live && setLease({ state: 'failed', message: error.message }),
    );
    // The server lets a lease lapse after 10 idle minutes; renewing it keeps the lead while the rep talks.
    const renew = setInterval(() => {
      if (!ended.current) takeLease(contactId).catch(() => undefined);
    }, 4 * 60_000);
    const onUnload = () => {
      if (!ended.current) void releaseLease(contactId, undefined, true);
    };
    window.addEventListener('pagehide', onUnload);
    return () => {
      live = false;
      clearInterval(renew);
      window.removeEventListener('pagehide', onUnload);
      if (!ended.current) void releaseLease(contactId, undefined, true);
    };
  }, [contactId]);

  return {
    lease,
    /** The save or skip ended the lease on the server; don't release it again. */
    markEnded: () => {
      ended.current = true;
    },
  };
}
