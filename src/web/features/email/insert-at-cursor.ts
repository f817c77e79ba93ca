import { useRef } from 'react';

type TextField = HTMLInputElement | HTMLTextAreaElement;

/**
 * Remembers which of a form's text fields was edited last and where its cursor was, so a picker can insert a
 * token there (and put the cursor after it) even though clicking the picker took the focus away.
 */
export function useInsertAtCursor<Name extends string>(
  values: Record<Name, string>,
  setValue: (name: Name, value: string) => void,
  fallback: Name,
) {
  const fields = useRef(new Map<Name, TextField>());
  const last = useRef<Name>(fallback);

  const register = (name: Name) => ({
    ref: (el: TextField | null) => {
      if (el) fields.current.set(name, el);
      else fields.current.delete(name);
    },
    onFocus: () => {
      last.current = name;
    },
  });

  const insert = (token: string) => {
    const name = last.current;
    const el = fields.current.get(name);
    const value = values[name];
    const start = el?.selectionStart ?? value.length;
    const end = el?.selectionEnd ?? value.length;
    setValue(name, value.slice(0, start) + token + value.slice(end));
    requestAnimationFrame(() => {
      if (!el) return;
      el.focus();
      el.setSelectionRange(start + token.length, start + token.length);
    });
  };

  return { register, insert };
}
