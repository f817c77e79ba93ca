import { readFile } from 'node:fs/promises';

/** One of the three files can't be used at all (not JSON, or not the shape the dashboard wrote). */
export class LegacyReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LegacyReadError';
  }
}

export type LegacyFiles = { contacts: string; assignments: string; activities: string };
export type LegacyData = {
  contacts: unknown[];
  assignments: Record<string, unknown>;
  activities: Record<string, unknown>;
};

/** Whole-file reads: the dashboard's files are small (its browser held them in memory too). */
export async function readLegacyFiles(paths: LegacyFiles): Promise<LegacyData> {
  const contacts = await readJson(paths.contacts, 'contacts.json');
  if (!Array.isArray(contacts))
    throw new LegacyReadError('contacts.json must be a list of contacts ([ … ]).');
  const assignments = await readJson(paths.assignments, 'lead_assignments.json');
  if (!isObject(assignments)) {
    throw new LegacyReadError('lead_assignments.json must map contact ids to reps ({"101": "rep1", …}).');
  }
  const activities = await readJson(paths.activities, 'crm_activities.json');
  if (!isObject(activities)) {
    throw new LegacyReadError('crm_activities.json must map "contact_<id>" to activities ({ … }).');
  }
  return { contacts, assignments, activities };
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

async function readJson(path: string, name: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new LegacyReadError(`${name} could not be read.`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new LegacyReadError(`${name} is not valid JSON (${(err as Error).message}).`);
  }
}
