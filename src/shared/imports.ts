import { z } from 'zod';
import { namedRefSchema } from './common';

// Imports (CSV and the old dashboard's JSON files): the shapes the API returns and the web's mapping screen sends.

/** Contact fields a CSV column can fill. `fullName` is split into first and last name when those aren't mapped. */
export const importFields = [
  'firstName',
  'lastName',
  'fullName',
  'companyName',
  'title',
  'email',
  'phone',
  'mobile',
  'city',
  'state',
  'zip',
  'source',
  'tags',
  'notes',
] as const;
export const importFieldSchema = z.enum(importFields);
export type ImportField = z.infer<typeof importFieldSchema>;
export const importFieldLabels: Record<ImportField, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  fullName: 'Full name',
  companyName: 'Company',
  title: 'Title',
  email: 'Email',
  phone: 'Phone',
  mobile: 'Mobile',
  city: 'City',
  state: 'State',
  zip: 'ZIP',
  source: 'Source',
  tags: 'Tags',
  notes: 'Notes',
};
/** Fields several columns may feed (their values are joined); any other field takes one column at most. */
export const multiColumnFields: readonly ImportField[] = ['tags', 'notes'];

/** One entry per column of the file, in order: the field it fills, or null to ignore the column. */
export const columnMappingSchema = z
  .array(importFieldSchema.nullable())
  .max(500)
  .superRefine((mapping, ctx) => {
    const seen = new Set<ImportField>();
    mapping.forEach((field, i) => {
      if (!field || multiColumnFields.includes(field)) return;
      if (seen.has(field)) {
        ctx.addIssue({
          code: 'custom',
          path: [i],
          message: `Two columns are mapped to ${importFieldLabels[field]}.`,
        });
      }
      seen.add(field);
    });
  });
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

/**
 * What to do with a row that matches a contact (same normalized phone, same email, or same name at the same
 * company) — one already in the database or an earlier row of the same file.
 */
export const dedupePolicies = ['skip', 'fill', 'create'] as const;
export const dedupePolicySchema = z.enum(dedupePolicies);
export type DedupePolicy = z.infer<typeof dedupePolicySchema>;
export const dedupePolicyLabels: Record<DedupePolicy, string> = {
  skip: 'Skip duplicates',
  fill: 'Fill empty fields of the existing contact',
  create: 'Create anyway',
};

export const importStatuses = ['draft', 'queued', 'running', 'done', 'failed', 'cancelled'] as const;
export const importStatusSchema = z.enum(importStatuses);
export type ImportStatus = z.infer<typeof importStatusSchema>;
export const importKindSchema = z.enum(['csv', 'legacy']);
export type ImportKind = z.infer<typeof importKindSchema>;

/** rejected: nothing imported from that row/entry; skipped: a duplicate left out; warning: imported, part ignored. */
export const importIssueOutcomeSchema = z.enum(['rejected', 'skipped', 'warning']);
export type ImportIssueOutcome = z.infer<typeof importIssueOutcomeSchema>;

export const importIssueSchema = z.object({
  line: z.number().int().nullable().describe('physical line of the row in the CSV (the header is line 1)'),
  ref: z
    .string()
    .nullable()
    .describe('legacy import: which file and entry, e.g. crm_activities.json contact_999'),
  outcome: importIssueOutcomeSchema,
  reason: z.string(),
});
export type ImportIssue = z.infer<typeof importIssueSchema>;

export const importCountsSchema = z.object({
  created: z.number().int(),
  updated: z.number().int().describe('existing contacts that got empty fields filled (or legacy changes)'),
  skipped: z
    .number()
    .int()
    .describe('CSV: duplicates left out; legacy: contacts already imported, unchanged'),
  rejected: z.number().int(),
  warnings: z.number().int(),
});
export type ImportCounts = z.infer<typeof importCountsSchema>;

export const importSchema = z.object({
  id: z.string(),
  kind: importKindSchema,
  status: importStatusSchema,
  fileName: z.string(),
  dryRun: z.boolean(),
  dedupe: dedupePolicySchema,
  headers: z.array(z.string()).nullable().describe('CSV: the header row'),
  mapping: columnMappingSchema
    .nullable()
    .describe('CSV: the column mapping in use (suggested until started)'),
  format: z.object({ encoding: z.string(), delimiter: z.string() }).nullable(),
  totalRows: z.number().int().nullable(),
  processedRows: z.number().int(),
  /** 0..1, for the progress bar. */
  progress: z.number(),
  building: z
    .boolean()
    .describe('Every row is in; a bulk load is building its list indexes and search terms (decision 027)'),
  counts: importCountsSchema,
  error: z.string().nullable(),
  createdBy: namedRefSchema.nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  /** The first issues in file order; the whole list is GET /api/imports/:id/report.csv. */
  issues: z.array(importIssueSchema),
});
export type Import = z.infer<typeof importSchema>;
export const importSummarySchema = importSchema.omit({ headers: true, mapping: true, issues: true });
export type ImportSummary = z.infer<typeof importSummarySchema>;

/** A row of the preview as it will be stored (normalized), with what is wrong with it. */
export const previewRowSchema = z.object({
  line: z.number().int(),
  contact: z.object({
    name: z.string(),
    firstName: z.string().nullable(),
    lastName: z.string().nullable(),
    company: z.string().nullable(),
    title: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable().describe('E.164 when valid, else as written'),
    mobile: z.string().nullable(),
    city: z.string().nullable(),
    state: z.string().nullable(),
    zip: z.string().nullable(),
    timeZone: z.string().nullable(),
    source: z.string().nullable(),
    tags: z.array(z.string()),
  }),
  problems: z.array(z.object({ field: z.string(), message: z.string() })),
});
export type PreviewRow = z.infer<typeof previewRowSchema>;

export const csvUploadResultSchema = z.object({
  import: importSchema,
  suggestedMapping: columnMappingSchema,
  preview: z.array(previewRowSchema),
});
export type CsvUploadResult = z.infer<typeof csvUploadResultSchema>;

export const previewRequestSchema = z.object({ mapping: columnMappingSchema });
export const startImportSchema = z.object({
  mapping: columnMappingSchema.optional().describe('defaults to the suggested mapping'),
  dedupe: dedupePolicySchema.default('skip'),
  dryRun: z.boolean().default(false),
});
export type StartImportInput = z.infer<typeof startImportSchema>;

/** The old dashboard's rep ids (rep1…) → Lowboy user ids; null leaves their leads unassigned. */
export const repMappingSchema = z.record(
  z.string().regex(/^[\w-]{1,40}$/, 'Rep ids look like rep1.'),
  z.string().max(64).nullable(),
);
export type RepMapping = z.infer<typeof repMappingSchema>;
export const legacyRepDefaultsSchema = z.object({
  reps: z.array(z.object({ rep: z.string(), user: namedRefSchema.nullable() })),
});
export const importListSchema = z.object({ imports: z.array(importSummarySchema) });
export const previewResponseSchema = z.object({ preview: z.array(previewRowSchema) });

// The multipart uploads. Their text fields are read by the handlers (upload forms); the *Doc schemas only
// document the bodies in OpenAPI (the routes don't validate multipart bodies with them).

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
/** A form field holding JSON, checked against `schema`. */
const jsonField = <S extends z.ZodType>(schema: S) =>
  z
    .string()
    .transform((text, c) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        c.addIssue({ code: 'custom', message: 'Send JSON.' });
        return z.NEVER;
      }
    })
    .pipe(schema);

/** The text fields of POST /api/imports. */
export const csvUploadFormSchema = z.object({
  mapping: jsonField(columnMappingSchema).optional(),
  dedupe: dedupePolicySchema.default('skip'),
  dryRun: flag.default(false),
  start: flag.default(false),
});
/** The text fields of POST /api/imports/legacy. */
export const legacyUploadFormSchema = z.object({
  reps: jsonField(repMappingSchema).optional(),
  timeZone: z.string().max(64).optional(),
  dryRun: flag.default(false),
});

const binary = (what: string) => z.string().meta({ format: 'binary' }).describe(what);
export const csvUploadDocSchema = z.object({
  file: binary('the CSV file (UTF-8 with or without BOM, Windows-1252; comma, semicolon or tab)'),
  mapping: z
    .string()
    .optional()
    .describe('JSON array, one field (or null) per column; default: the suggestion'),
  dedupe: dedupePolicySchema.optional().describe('with start=true; default skip'),
  dryRun: z.enum(['true', 'false']).optional(),
  start: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: queue the import now instead of leaving a draft'),
});
export const legacyUploadDocSchema = z.object({
  contacts: binary('contacts.json'),
  assignments: binary('lead_assignments.json'),
  activities: binary('crm_activities.json'),
  reps: z
    .string()
    .optional()
    .describe('JSON {"rep1": "<user id>" | null, …}; default: GET /api/imports/legacy/reps'),
  timeZone: z.string().optional().describe('zone of times written without one; default America/Chicago'),
  dryRun: z.enum(['true', 'false']).optional(),
});
