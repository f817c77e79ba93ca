import { ApiError } from './client';

type FormWithErrors = { setFieldError: (path: string, error: string) => void };

/**
 * Puts a 400's field issues on the matching form fields. Returns the message for anything that has no
 * field in this form (to show above the form), or null when every issue found its field.
 */
export function applyFieldIssues(
  form: FormWithErrors,
  error: unknown,
  fields: readonly string[],
): string | null {
  if (!(error instanceof ApiError)) return 'Something went wrong. Try again.';
  const issues = error.fieldIssues;
  const unplaced = issues.filter((issue) => !fields.includes(issue.path));
  for (const issue of issues) if (fields.includes(issue.path)) form.setFieldError(issue.path, issue.message);
  if (issues.length > 0 && unplaced.length === 0) return null;
  return unplaced[0]?.message ?? error.message;
}
