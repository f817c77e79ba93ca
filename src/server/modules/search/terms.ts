import { textKey } from '../../../shared/contact-normalize';

// Search is prefix matching on terms (decision 006): words of names, companies, cities and emails, and phone
// digits from the front (area code first) and from the back (last 7 and last 4), so "713 555", "5550101" and
// "0101" all find +17135550101.
export function wordsOf(...texts: (string | null | undefined)[]): string[] {
  const words = new Set<string>();
  for (const t of texts) {
    if (!t) continue;
    for (const w of textKey(t).split(/[\s]+/)) {
      const clean = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (clean.length >= 1) words.add(clean.slice(0, 60));
    }
  }
  return [...words];
}

export function phoneTerms(e164: string | null | undefined): string[] {
  if (!e164) return [];
  const digits = e164.replace(/\D/g, '');
  const national = digits.startsWith('1') && digits.length === 11 ? digits.slice(1) : digits;
  return [national, national.slice(-7), national.slice(-4)];
}

/** The whole address: its prefixes cover the local part; the domain's words come from the company name. */
export function emailTerms(email: string | null | undefined): string[] {
  return email ? [email] : [];
}

export type ContactTermSource = {
  full_name: string;
  companyName?: string | null;
  city: string | null;
  email: string | null;
  phone_e164: string | null;
  mobile_e164: string | null;
};

export function contactTerms(c: ContactTermSource): string[] {
  return [
    ...new Set([
      ...wordsOf(c.full_name, c.companyName, c.city),
      ...emailTerms(c.email),
      ...phoneTerms(c.phone_e164),
      ...phoneTerms(c.mobile_e164),
    ]),
  ];
}

export function companyTerms(c: { name: string; hq_city: string | null }): string[] {
  return wordsOf(c.name, c.hq_city);
}

/** A query's terms: a phone-like query becomes its digits; otherwise its words. */
export function queryTerms(q: string): string[] {
  const trimmed = q.trim();
  if (/^[+\d\s().-]+$/.test(trimmed) && trimmed.replace(/\D/g, '').length >= 3) {
    const digits = trimmed.replace(/\D/g, '');
    return [digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits];
  }
  return wordsOf(trimmed).slice(0, 5);
}
