import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { z } from 'zod';
import { timeZoneFor } from './time-zone';
import { normalizeState } from './us-states';

export type NormalizedPhone = { raw: string; e164: string | null; ext: string | null };

/** Raw text kept as typed; E.164 when it parses as a valid number (default region US); extension kept. */
export function normalizePhone(raw: string | null | undefined): NormalizedPhone | null {
  const text = raw?.trim();
  if (!text) return null;
  const parsed = parsePhoneNumberFromString(text, 'US');
  if (!parsed?.isValid()) return { raw: text, e164: null, ext: null };
  return { raw: text, e164: parsed.number, ext: parsed.ext ?? null };
}

const emailCheck = z.email();
/** Lowercased and trimmed; null when empty; `invalid` when it isn't an address. */
export function normalizeEmail(raw: string | null | undefined): string | null | 'invalid' {
  const text = raw?.trim().toLowerCase();
  if (!text) return null;
  return emailCheck.safeParse(text).success ? text : 'invalid';
}

export function normalizeZip(raw: string | null | undefined): string | null | 'invalid' {
  const text = raw?.trim();
  if (!text) return null;
  const m = /^(\d{5})(?:-?(\d{4}))?$/.exec(text) ?? /^(\d{4})$/.exec(text);
  if (!m) return 'invalid';
  // Spreadsheets drop the leading zero of New England ZIPs ("2108" → "02108").
  const five = m[1]!.padStart(5, '0');
  return m[2] ? `${five}-${m[2]}` : five;
}

/**
 * Lowercased, accents and punctuation folded, single spaces: the key for sorting, dedupe and search. Letters and
 * digits of every script stay ("Газпром" → "газпром", "東京運輸" as is); only a name of punctuation alone has an
 * empty key (companies refuse one: hasLetterOrDigit in common.ts).
 */
export function textKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}@.+&' -]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function fullNameOf(first: string | null | undefined, last: string | null | undefined): string {
  return [first?.trim(), last?.trim()].filter(Boolean).join(' ');
}

/** "Sarah Mitchell" → first "Sarah", last "Mitchell"; one word stays a first name. */
export function splitName(name: string): { first: string | null; last: string | null } {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return { first: null, last: null };
  if (parts.length === 1) return { first: parts[0]!, last: null };
  return { first: parts.slice(0, -1).join(' '), last: parts.at(-1)! };
}

export type LocationFields = { state: string | null; zip: string | null; timeZone: string | null };

export function normalizeLocation(state: string | null | undefined, zip: string | null | undefined) {
  const code = normalizeState(state);
  const z5 = normalizeZip(zip);
  return {
    state: code,
    stateInvalid: Boolean(state?.trim()) && !code,
    zip: z5 === 'invalid' ? null : z5,
    zipInvalid: z5 === 'invalid',
    timeZone: code ? timeZoneFor(code, z5 === 'invalid' ? null : z5) : null,
  };
}
