import { z } from 'zod';
import { namedRefSchema } from './common';

// Everything that happened to a contact or a deal, newest first (GET /api/contacts/:id/timeline, /api/deals/:id/timeline).

export const timelineEventSchema = z.object({
  id: z.string(),
  kind: z.string(),
  occurredAt: z.string(),
  actor: namedRefSchema.nullable(),
  data: z.record(z.string(), z.unknown()).nullable(),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const timelineQuerySchema = z.object({
  kind: z.string().max(200).optional().describe('comma-separated kinds, e.g. note,contact.updated'),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export const timelinePageSchema = z.object({
  items: z.array(timelineEventSchema),
  nextCursor: z.string().nullable(),
});
/** A deal's timeline is short: all of it at once. */
export const dealTimelineSchema = z.object({ items: z.array(timelineEventSchema) });
