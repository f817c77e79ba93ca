import { z } from 'zod';
import { isoDateTime } from './calls';
import { namedRefSchema, versionSchema } from './common';

// Follow-up tasks (issue 5): a Callback outcome creates one; reps keep their own, managers see anyone's.

export const taskKinds = ['callback', 'follow_up'] as const;
export const taskStatuses = ['open', 'done', 'cancelled'] as const;

export const taskSchema = z.object({
  id: z.string(),
  kind: z.enum(taskKinds),
  status: z.enum(taskStatuses),
  dueAt: z.string(),
  note: z.string().nullable(),
  contact: z.object({
    id: z.string(),
    name: z.string(),
    company: z.string().nullable(),
    timeZone: z.string().nullable(),
  }),
  owner: namedRefSchema,
  completedAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type Task = z.infer<typeof taskSchema>;
export const taskListSchema = z.object({ items: z.array(taskSchema) });

export const taskListQuerySchema = z.object({
  /** overdue: due before now; today: due later today (the viewer's day); upcoming: after today. */
  when: z.enum(['overdue', 'today', 'upcoming', 'all']).default('all'),
  status: z.enum(taskStatuses).default('open'),
  /** Managers: anyone's (omit for everyone's); reps: only their own, whatever is sent. */
  ownerId: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});

export const taskPatchSchema = z.object({
  version: versionSchema,
  status: z.enum(['open', 'done', 'cancelled']).optional(),
  dueAt: isoDateTime.optional(),
  ownerId: z.string().max(64).optional(),
  note: z.string().trim().max(2000).nullable().optional(),
});
export type TaskPatch = z.infer<typeof taskPatchSchema>;
