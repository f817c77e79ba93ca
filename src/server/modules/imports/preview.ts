import { contactInputSchema } from '../../../shared/contacts';
import type { ColumnMapping, PreviewRow } from '../../../shared/imports';
import { prepareContact } from '../contacts';
import type { CsvRecord } from './csv/reader';
import { describeProblems } from './prepare-row';
import { contactInputOf } from './row-input';

/** A row as the import will store it (phones in E.164, states as USPS codes…) and what would reject it. */
export function previewRow(record: CsvRecord, mapping: ColumnMapping): PreviewRow {
  const raw = contactInputOf(record.values, mapping);
  const parsed = contactInputSchema.safeParse(raw);
  const input = parsed.success ? parsed.data : raw;
  const p = prepareContact(input);
  const problems = [
    ...(parsed.success
      ? []
      : parsed.error.issues.map((i) => ({ path: String(i.path[0] ?? ''), message: i.message }))),
    ...p.problems,
  ];
  const f = p.fields;
  return {
    line: record.line,
    contact: {
      name: f.full_name,
      firstName: f.first_name,
      lastName: f.last_name,
      company: p.companyName,
      title: f.title,
      email: f.email,
      phone: f.phone_e164 ?? f.phone,
      mobile: f.mobile_e164 ?? f.mobile,
      city: f.city,
      state: f.state,
      zip: f.zip,
      timeZone: f.time_zone,
      source: f.source,
      tags: p.tags,
    },
    problems: problems.map((pr) => ({ field: pr.path, message: describeProblems([pr], input) })),
  };
}
