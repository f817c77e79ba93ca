import { z } from 'zod';
import { namedRefSchema, versionSchema } from './common';
import { allMatchingSchema, contactFilterSchema } from './contacts';
import { isoDayOrInstantSchema } from './dates';

// The email API contract (issue 6), shared by the server's route schemas and the web app.

/** Variables a template may use, as the picker offers them; `{{contact.firstName | "there"}}` adds a fallback. */
export const templateVariables = [
  { key: 'contact.firstName', label: 'First name', sample: 'Marisol' },
  { key: 'contact.lastName', label: 'Last name', sample: 'Quintero' },
  { key: 'contact.fullName', label: 'Full name', sample: 'Marisol Quintero' },
  { key: 'contact.title', label: 'Title', sample: 'Fleet Manager' },
  { key: 'contact.city', label: 'City', sample: 'Tulsa' },
  { key: 'contact.state', label: 'State', sample: 'OK' },
  { key: 'company.name', label: 'Company', sample: 'Red River Crane & Rigging' },
  { key: 'rep.name', label: 'Rep name', sample: 'Alex Carter' },
  { key: 'rep.firstName', label: 'Rep first name', sample: 'Alex' },
  { key: 'rep.phone', label: 'Rep phone', sample: '(713) 555-0100' },
  { key: 'rep.email', label: 'Rep email', sample: 'alex@heavyhaulers.test' },
  { key: 'followUp.date', label: 'Follow-up date', sample: 'Thursday, Dec 3' },
  { key: 'followUp.time', label: 'Follow-up time', sample: '2:30 PM CT' },
  { key: 'lastCall.outcome', label: 'Last call outcome', sample: 'Interested' },
  { key: 'lastCall.date', label: 'Last call date', sample: 'Nov 24' },
] as const;

export const templateScopes = ['team', 'personal'] as const;

export const templateSchema = z.object({
  id: z.string(),
  name: z.string(),
  subject: z.string(),
  /** Markdown; rendered to HTML plus a plain-text part. */
  body: z.string(),
  scope: z.enum(templateScopes),
  owner: namedRefSchema.nullable(),
  archived: z.boolean(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type EmailTemplate = z.infer<typeof templateSchema>;
export const templateListSchema = z.object({ items: z.array(templateSchema) });
export const templateListQuerySchema = z.object({ archived: z.enum(['true', 'false']).default('false') });

export const templateInputSchema = z.object({
  name: z.string().trim().min(1, 'Give the template a name.').max(120),
  subject: z.string().trim().min(1, 'Write a subject.').max(250),
  body: z.string().trim().min(1, 'Write the message.').max(50_000),
  /** Reps may only create personal templates; managers either. */
  scope: z.enum(templateScopes).default('personal'),
});
export const templatePatchSchema = templateInputSchema.partial().extend({
  version: versionSchema,
  archived: z.boolean().optional(),
});

export const renderedEmailSchema = z.object({
  subject: z.string(),
  html: z.string(),
  text: z.string(),
  /** Variables with no value and no fallback: the UI warns before sending. */
  missing: z.array(z.string()),
  to: z.string().nullable(),
  /** Why it can't be sent to this contact (suppressed, no email), or null. */
  blockedReason: z.string().nullable(),
});
export type RenderedEmail = z.infer<typeof renderedEmailSchema>;
/** POST /api/templates/:id/preview: render against a contact, optionally with an edited subject/body. */
export const templatePreviewSchema = z.object({
  contactId: z.string().max(64),
  subject: z.string().max(250).optional(),
  body: z.string().max(50_000).optional(),
});

export const messageStatuses = [
  'queued',
  'sending',
  'sent',
  'delivered',
  'opened',
  'clicked',
  'replied',
  'bounced',
  'dropped',
  'spam',
  'failed',
  'cancelled',
] as const;

export const emailMessageSchema = z.object({
  id: z.string(),
  contactId: z.string().nullable(),
  contactName: z.string().nullable(),
  templateId: z.string().nullable(),
  campaignId: z.string().nullable(),
  from: z.string(),
  to: z.string(),
  replyTo: z.string().nullable(),
  subject: z.string(),
  html: z.string(),
  text: z.string(),
  status: z.enum(messageStatuses),
  /** Shown when the provider can't be reached: "queued — provider unreachable (3 tries)". */
  statusDetail: z.string().nullable(),
  provider: z.enum(['outbox', 'smtp', 'sendgrid']),
  attempts: z.number().int(),
  sender: namedRefSchema.nullable(),
  isTest: z.boolean(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  openedAt: z.string().nullable(),
  clickedAt: z.string().nullable(),
  repliedAt: z.string().nullable(),
});
export type EmailMessage = z.infer<typeof emailMessageSchema>;
export const queuedMessageSchema = z.object({ message: emailMessageSchema });
export const outboxQuerySchema = z.object({
  contactId: z.string().max(64).optional(),
  status: z.enum(messageStatuses).optional(),
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const outboxPageSchema = z.object({
  items: z.array(emailMessageSchema),
  nextCursor: z.string().nullable(),
});

export const sendEmailSchema = z.object({
  contactId: z.string().max(64),
  templateId: z.string().max(64).nullable(),
  /** The edited subject/body (markdown with variables) when the rep changed the template's text. */
  subject: z.string().trim().min(1).max(250).optional(),
  body: z.string().trim().min(1).max(50_000).optional(),
  /** Send even though some variables are empty (the UI asked). */
  allowMissing: z.boolean().default(false),
});
/** POST /api/emails/test: the template with a contact's data, to the sender. */
export const testEmailSchema = z.object({
  templateId: z.string().max(64),
  contactId: z.string().max(64),
  subject: z.string().trim().min(1).max(250).optional(),
  body: z.string().trim().min(1).max(50_000).optional(),
});

export const campaignInputSchema = z.object({
  templateId: z.string().max(64),
  contactIds: z.array(z.string().max(64)).max(50_000).optional(),
  filter: contactFilterSchema.optional(),
  allMatching: allMatchingSchema,
  /** true: only the plan (who gets it, who is skipped and why). */
  dryRun: z.boolean().default(false),
});

export const campaignSchema = z.object({
  id: z.string(),
  templateId: z.string(),
  templateName: z.string(),
  status: z.enum(['queued', 'sending', 'done', 'cancelled']),
  total: z.number().int(),
  queued: z.number().int(),
  sent: z.number().int(),
  failed: z.number().int(),
  skipped: z.array(z.object({ contactId: z.string(), name: z.string(), reason: z.string() })),
  perMinute: z.number().int(),
  createdBy: namedRefSchema,
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type EmailCampaign = z.infer<typeof campaignSchema>;

export const suppressionReasons = ['unsubscribed', 'bounced', 'spam_report', 'manual'] as const;
export const suppressionSchema = z.object({
  email: z.string(),
  reason: z.enum(suppressionReasons),
  note: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});
export const suppressionListSchema = z.object({ items: z.array(suppressionSchema) });
export const suppressionInputSchema = z.object({
  email: z.email('Enter an email address.').max(254),
  note: z.string().trim().max(500).nullable().optional(),
});
export const suppressionParamsSchema = z.object({ email: z.string().min(3).max(254) });

export const emailSettingsSchema = z.object({
  provider: z.enum(['outbox', 'smtp', 'sendgrid']),
  fromEmail: z.string(),
  fromName: z.string(),
  /** Postal address in every bulk/automated email's footer (CAN-SPAM). */
  postalAddress: z.string(),
  bulkPerMinute: z.number().int().min(1).max(10_000),
  /** Whether a SendGrid API key / SMTP password is configured — never the secret itself. */
  hasSecret: z.boolean(),
});

export const emailStatsSchema = z.object({
  sent: z.number().int(),
  delivered: z.number().int(),
  openRate: z.number().nullable(),
  clickRate: z.number().nullable(),
  replyRate: z.number().nullable(),
  bounceRate: z.number().nullable(),
  byTemplate: z.array(
    z.object({
      templateId: z.string().nullable(),
      name: z.string(),
      sent: z.number().int(),
      replies: z.number().int(),
    }),
  ),
});

/** Reps get their own numbers whatever repId says. */
export const emailStatsQuerySchema = z.object({
  repId: z.string().max(64).optional(),
  templateId: z.string().max(64).optional(),
  from: isoDayOrInstantSchema.optional(),
  to: isoDayOrInstantSchema.optional(),
});

// Reached without a session (hidden from the API docs): unsubscribe links and SendGrid's inbound parse.
export const unsubscribeParamsSchema = z.object({ token: z.string().min(10).max(100) });
export const inboundParamsSchema = z.object({ secret: z.string().max(200) });
