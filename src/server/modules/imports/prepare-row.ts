import { textKey } from '../../../shared/contact-normalize';
import { type ContactInput, contactInputSchema } from '../../../shared/contacts';
import { importFieldLabels } from '../../../shared/imports';
import { type PreparedContact, type Problem, prepareContact } from '../contacts';

/** A row that can be stored: its input (what the file said) and the normalized contact. */
export type PreparedRow = {
  line: number;
  input: ContactInput;
  prepared: PreparedContact;
  companyKey: string | null;
};

export type RowCheck = { ok: true; row: PreparedRow } | { ok: false; problems: Problem[] };

/** The contact form's rules, applied to a row: the same length limits, normalization and checks. */
export function prepareRow(line: number, raw: ContactInput): RowCheck {
  const parsed = contactInputSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({ path: String(i.path[0] ?? ''), message: i.message })),
    };
  }
  const input = parsed.data;
  const prepared = prepareContact(input);
  if (prepared.problems.length) return { ok: false, problems: prepared.problems };
  const companyKey = prepared.companyName ? textKey(prepared.companyName) : null;
  return { ok: true, row: { line, input, prepared, companyKey } };
}

/** "Email: "bob@" is not an email address." — one sentence per problem, for the report. */
export function describeProblems(problems: Problem[], input: ContactInput): string {
  return problems
    .map((p) => {
      if (p.path === 'firstName' && !input.firstName && !input.lastName && !input.companyName) {
        return 'No name and no company.';
      }
      const label = importFieldLabels[p.path as keyof typeof importFieldLabels] ?? p.path;
      return `${label}: ${p.message}`;
    })
    .join(' ');
}
