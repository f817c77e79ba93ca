import { z } from 'zod';

// Pieces of the API contract that every domain uses.

/** `/:id` of any record (user, contact, deal, task, template, import…). */
export const idParamsSchema = z.object({ id: z.string().min(1).max(64) });

/** The body of a 201/204 with nothing to say. */
export const noContentSchema = z.null();

/** A person or record named by id and display name (owner, actor, company of a contact…). */
export const namedRefSchema = z.object({ id: z.string(), name: z.string() });

/**
 * The version of a record a client read and sends back (409 `stale_version` when someone saved since): a positive
 * integer whose successor (the saved version) still fits the 32-bit column, so a huge number is a 400 here rather
 * than an overflow in PostgreSQL.
 */
export const versionSchema = z.number().int().min(1).max(2_147_483_646);

/** Whether text has a letter or digit of any script: a name to key by (textKey); "!!!" has none. */
export function hasLetterOrDigit(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
