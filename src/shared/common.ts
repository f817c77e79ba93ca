import { z } from 'zod';

// Pieces of the API contract that every domain uses.

/** `/:id` of any record (user, contact, deal, task, template, import…). */
export const idParamsSchema = z.object({ id: z.string().min(1).max(64) });

/** The body of a 201/204 with nothing to say. */
export const noContentSchema = z.null();

/** A person or record named by id and display name (owner, actor, company of a contact…). */
export const namedRefSchema = z.object({ id: z.string(), name: z.string() });
