import { mkdir, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { sqlitePath } from '../../../db/create-db';
import type { Config } from '../../config';

/**
 * Uploaded files live in an `imports` folder beside the SQLite file (data/lowboy.db → data/imports/), or in
 * ./data/imports with PostgreSQL; IMPORTS_DIR overrides both (several app servers need a shared folder).
 * Each import gets its own sub-folder; the database stores paths relative to the root (decision 007).
 */
export function importsRoot(config: Config): string {
  if (config.importsDir) return resolve(config.importsDir);
  if (config.databaseUrl.startsWith('sqlite:')) {
    const file = sqlitePath(config.databaseUrl);
    if (file !== ':memory:') return join(dirname(resolve(file)), 'imports');
  }
  return resolve('data/imports');
}

export async function makeImportFolder(config: Config, importId: string): Promise<string> {
  const folder = join(importsRoot(config), importId);
  await mkdir(folder, { recursive: true });
  return folder;
}

export function storedPath(config: Config, relative: string): string {
  return join(importsRoot(config), relative);
}

/** The report lives in the database; the file is only needed until the real import is over. */
export async function removeImportFolder(config: Config, importId: string): Promise<void> {
  await rm(join(importsRoot(config), importId), { recursive: true, force: true });
}

export const csvFileName = 'source.csv';
export const legacyFileNames = {
  contacts: 'contacts.json',
  assignments: 'lead_assignments.json',
  activities: 'crm_activities.json',
} as const;
