import { z } from 'zod';

// Dates the API takes as text (issue 15: 2026-13-45 and 2026-02-30 were accepted and compared as strings).

/** Whether yyyy-mm-dd at the start of the text is a day of the calendar (29 February only in leap years). */
export function isRealDay(text: string): boolean {
  const [y, m, d] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/** A calendar day, yyyy-mm-dd, that exists. */
export const isoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-09.')
  .refine(isRealDay, 'That day does not exist.');

/** A day, or a UTC instant on it (2026-03-09T14:30:00.000Z), as list and stats filters take them. */
export const isoDayOrInstantSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?Z)?$/, 'Use a date like 2026-03-09.')
  .refine((v) => isRealDay(v) && !Number.isNaN(Date.parse(v)), 'That date does not exist.');
