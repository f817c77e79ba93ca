import { useEffect, useRef } from 'react';
import { type CallOutcome, callOutcomes, outcomeShortcuts } from '../../../shared/calls';

type Handlers = {
  onOutcome: (outcome: CallOutcome) => void;
  onSave: () => void;
  onSkip: () => void;
  enabled: boolean;
};

const byKey = new Map(callOutcomes.map((o) => [outcomeShortcuts[o], o]));

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The call flow's keys: 1–7 pick an outcome (Alt+1–7 while typing), Ctrl/Cmd+Enter saves and moves on,
 * S skips, Escape leaves a text box so the number keys work again.
 */
export function useCallShortcuts(handlers: Handlers) {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const h = latest.current;
      if (!h.enabled || event.defaultPrevented) return;
      if (document.querySelector('[role="dialog"]')) return;
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        h.onSave();
        return;
      }
      const typing = isTyping(event.target);
      if (typing && event.key === 'Escape') {
        (event.target as HTMLElement).blur();
        return;
      }
      if (event.ctrlKey || event.metaKey) return;
      const digit = event.code.startsWith('Digit') ? event.code.slice(5) : event.key;
      const outcome = byKey.get(digit);
      if (outcome && (!typing || event.altKey)) {
        event.preventDefault();
        h.onOutcome(outcome);
        return;
      }
      if (!typing && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        h.onSkip();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
