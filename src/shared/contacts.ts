import { z } from 'zod';
import { hasLetterOrDigit, namedRefSchema, versionSchema } from './common';
import { isoDayOrInstantSchema } from './dates';

// The lead's status is its last meaningful call outcome ("Not Called" before the first call).
export const contactStatuses = [
  'not_called',
  'no_answer',
  'left_voicemail',
  'callback',
  'interested',
  'not_interested',
  'wrong_number',
  'do_not_call',
] as const;
export const contactStatusSchema = z.enum(contactStatuses);
export type ContactStatus = z.infer<typeof contactStatusSchema>;
export const contactStatusLabels: Record<ContactStatus, string> = {
  not_called: 'Not Called',
  no_answer: 'No Answer',
  left_voicemail: 'Left Voicemail',
  callback: 'Callback',
  interested: 'Interested',
  not_interested: 'Not Interested',
  wrong_number: 'Wrong Number',
  do_not_call: 'Do Not Call',
};

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

/** What a person types; the server normalizes phones, emails and states and reports what it can't. */
export const contactInputSchema = z.object({
  firstName: optionalText(80),
  lastName: optionalText(80),
  companyId: z.string().max(64).nullable().optional(),
  companyName: optionalText(160).refine(
    (v) => v == null || hasLetterOrDigit(v),
    'A company name needs a letter or a digit.',
  ),
  title: optionalText(120),
  email: optionalText(254),
  phone: optionalText(40),
  mobile: optionalText(40),
  city: optionalText(80),
  state: optionalText(40),
  zip: optionalText(10),
  source: optionalText(80),
  tags: z.array(z.string().trim().min(1).max(40)).max(30).optional(),
  notes: optionalText(5000),
});
export type ContactInput = z.infer<typeof contactInputSchema>;

export const contactSchema = z.object({
  id: z.string(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  name: z.string(),
  company: namedRefSchema.nullable(),
  title: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  phoneE164: z.string().nullable(),
  phoneExt: z.string().nullable(),
  mobile: z.string().nullable(),
  mobileE164: z.string().nullable(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  zip: z.string().nullable(),
  timeZone: z.string().nullable(),
  status: contactStatusSchema,
  owner: namedRefSchema.nullable(),
  source: z.string().nullable(),
  tags: z.array(z.string()),
  notes: z.string().nullable(),
  lastActivityAt: z.string().nullable(),
  nextFollowUpAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
  version: z.number().int(),
});
export type Contact = z.infer<typeof contactSchema>;

/** POST /api/contacts: a manager may give it an owner; a possible duplicate is saved only with allowDuplicate. */
export const contactCreateSchema = contactInputSchema.extend({
  ownerId: z.string().nullable().optional(),
  allowDuplicate: z.boolean().optional(),
});
/** PATCH /api/contacts/:id: the fields to change and the version the person read. */
export const contactPatchSchema = contactInputSchema.partial().extend({ version: versionSchema });

/** A contact that looks like the one being entered (POST /api/contacts/duplicates, 409 possible_duplicate). */
export const duplicateMatchSchema = z.object({
  id: z.string().nullable(),
  name: z.string(),
  company: z.string().nullable(),
  ownerName: z.string().nullable(),
  matchedOn: z.array(z.enum(['phone', 'email', 'name_company'])),
  message: z.string(),
});
export const duplicateMatchesSchema = z.object({ matches: z.array(duplicateMatchSchema) });

export const noteInputSchema = z.object({
  body: z.string().trim().min(1, 'Write something first.').max(5000),
});

export const contactSortKeys = [
  'name',
  'company',
  'state',
  'status',
  'lastActivity',
  'nextFollowUp',
  'created',
  'updated',
] as const;
export type ContactSortKey = (typeof contactSortKeys)[number];

/** A list given as "TX,OK" in a query string or as ["TX","OK"] in a JSON body. */
const csvList = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .union([z.string().transform((s) => s.split(',')), z.array(z.string())])
    .transform((xs) => xs.map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(item).max(60));
const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

/** The contact list's filter: the same object drives the list, "select all matching", export and bulk actions. */
export const contactFilterSchema = z.object({
  q: z.string().trim().max(100).optional(),
  state: csvList(z.string().regex(/^[A-Z]{2}$/, 'Use USPS state codes like TX.')).optional(),
  status: csvList(contactStatusSchema).optional(),
  owner: z.string().max(64).optional().describe('me, none (the unassigned pool) or a user id'),
  source: z.string().max(80).optional(),
  tag: z.string().max(40).optional(),
  hasPhone: flag.optional(),
  hasEmail: flag.optional(),
  touchedBefore: isoDayOrInstantSchema
    .optional()
    .describe('last activity before this date (never-touched leads included)'),
  touchedAfter: isoDayOrInstantSchema.optional(),
  deleted: z.enum(['only']).optional().describe('managers: the recycle bin (deleted in the last 30 days)'),
});
export type ContactFilter = z.infer<typeof contactFilterSchema>;

export const contactListQuerySchema = contactFilterSchema.extend({
  sort: z.enum(contactSortKeys).default('name'),
  dir: z.enum(['asc', 'desc']).default('asc'),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ContactListQuery = z.infer<typeof contactListQuerySchema>;

/** The list counts its matches exactly up to this many; beyond it says "10,000+" (counting 100k rows is slow). */
export const LIST_COUNT_CAP = 10_000;

export const contactPageSchema = z.object({
  items: z.array(contactSchema),
  nextCursor: z.string().nullable(),
  total: z.number(),
  /** True when more than `total` (= LIST_COUNT_CAP) contacts match. */
  totalCapped: z.boolean(),
});
export type ContactPage = z.infer<typeof contactPageSchema>;

export const companyInputSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Enter the company name.')
    .max(160)
    .refine(hasLetterOrDigit, 'A company name needs a letter or a digit.'),
  industry: optionalText(80),
  equipment: optionalText(300),
  fleetSize: z.number().int().min(0).max(1_000_000).nullable().optional(),
  website: optionalText(200),
  hqCity: optionalText(80),
  hqState: optionalText(40),
  notes: optionalText(5000),
});
export type CompanyInput = z.infer<typeof companyInputSchema>;

export const companySchema = z.object({
  id: z.string(),
  name: z.string(),
  industry: z.string().nullable(),
  equipment: z.string().nullable(),
  fleetSize: z.number().nullable(),
  website: z.string().nullable(),
  hqCity: z.string().nullable(),
  hqState: z.string().nullable(),
  notes: z.string().nullable(),
  contactCount: z.number().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Company = z.infer<typeof companySchema>;

export const companyListQuerySchema = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const companyPageSchema = z.object({
  items: z.array(companySchema),
  nextCursor: z.string().nullable(),
});
/** GET /api/companies/:id: the company with the contacts the viewer may see. */
export const companyWithContactsSchema = companySchema.extend({ contacts: z.array(contactSchema) });
export const companyPatchSchema = companyInputSchema.partial().extend({ version: versionSchema });

export const contactColumns = [
  'name',
  'company',
  'title',
  'phone',
  'email',
  'city',
  'state',
  'status',
  'owner',
  'source',
  'tags',
  'lastActivity',
  'nextFollowUp',
  'created',
] as const;
export type ContactColumn = (typeof contactColumns)[number];

/** A saved view stores the list's query string (filters + sort) and the chosen columns. */
export const savedViewInputSchema = z.object({
  name: z.string().trim().min(1, 'Name the view.').max(80),
  query: z
    .string()
    .max(2000)
    .describe('the contact list query string, e.g. state=TX&status=not_called&sort=name'),
  columns: z.array(z.enum(contactColumns)).max(contactColumns.length).nullable().optional(),
});
export type SavedViewInput = z.infer<typeof savedViewInputSchema>;

export const savedViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  query: z.string(),
  columns: z.array(z.enum(contactColumns)).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SavedView = z.infer<typeof savedViewSchema>;
export const savedViewListSchema = z.object({ views: z.array(savedViewSchema) });
export const savedViewPatchSchema = savedViewInputSchema.partial();

/** GET /api/contacts/export.csv: the list's filter and the columns to write (default all). */
export const contactExportQuerySchema = contactFilterSchema.extend({
  columns: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(',') : [...contactColumns]))
    .pipe(z.array(z.enum(contactColumns)).min(1)),
});
export const contactCountSchema = z.object({ total: z.number() });

/**
 * A bulk action (tags, assigning, email) acts on the ids it is given, or on every contact matching its filter only
 * when this is true: no selection is a 400, never "everything" (issue 15).
 */
export const allMatchingSchema = z
  .boolean()
  .optional()
  .describe('true: every contact matching `filter` (every visible one without a filter); only without ids');

const tagList = z.array(z.string().trim().min(1).max(40)).max(20).default([]);
/** Tags to add/remove on chosen contacts (ids) or on every one matching a filter. */
export const bulkTagsSchema = z.object({
  ids: z.array(z.string().max(64)).max(50_000).optional(),
  filter: contactFilterSchema.optional(),
  allMatching: allMatchingSchema,
  add: tagList,
  remove: tagList,
});
export const bulkTagsResultSchema = z.object({ updated: z.number(), skipped: z.number() });
