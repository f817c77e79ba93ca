import type { Import, RepMapping } from '../../../../shared/imports';
import { isoNow } from '../../../clock';
import type { Actor, AppContext } from '../../../context';
import { badRequest, unprocessable } from '../../../errors';
import { listUsers, type UserRow } from '../../users';
import * as repo from '../repo';
import { assertCanImport, getImport, newImportRow, type StoredUpload } from '../service';
import { legacyFileNames, removeImportFolder, storedPath } from '../storage';
import type { LegacyOptions } from './legacy-job';
import { LegacyReadError, readLegacyFiles } from './read-files';

/** The customer's Houston office: times the old dashboard wrote without a zone are read in it. */
export const DEFAULT_LEGACY_TIME_ZONE = 'America/Chicago';
/** rep1…rep5 of the old dashboard, by the first name of the person (the demo organisation's reps). */
const legacyRepNames = ['alex', 'sarah', 'mike', 'jessica', 'david'];

export async function defaultRepMapping(ctx: AppContext): Promise<Record<string, UserRow | null>> {
  const active = (await listUsers(ctx.db)).filter((u) => !u.deactivated_at);
  const byFirstName = (name: string) =>
    active.find((u) => u.email.split('@')[0] === name) ??
    active.find((u) => u.name.split(/\s+/)[0]?.toLowerCase() === name) ??
    null;
  return Object.fromEntries(legacyRepNames.map((name, i) => [`rep${i + 1}`, byFirstName(name)]));
}

export async function legacyRepDefaults(ctx: AppContext, actor: Actor) {
  assertCanImport(actor);
  const defaults = await defaultRepMapping(ctx);
  return {
    reps: Object.entries(defaults).map(([rep, u]) => ({ rep, user: u ? { id: u.id, name: u.name } : null })),
  };
}

export type LegacyLaunch = { reps?: RepMapping; timeZone?: string; dryRun?: boolean; claimToken?: string };

/** Checks the three stored files and queues the import (or hands it, claimed, to the CLI). */
export async function createLegacyImport(
  ctx: AppContext,
  actor: Actor | null,
  upload: StoredUpload,
  launch: LegacyLaunch,
): Promise<Import> {
  assertCanImport(actor);
  const folder = storedPath(ctx.config, upload.importId);
  let options: LegacyOptions;
  let total: number;
  try {
    const data = await readLegacyFiles({
      contacts: `${folder}/${legacyFileNames.contacts}`,
      assignments: `${folder}/${legacyFileNames.assignments}`,
      activities: `${folder}/${legacyFileNames.activities}`,
    });
    total = data.contacts.length;
    options = { reps: await repsOf(ctx, launch.reps), timeZone: zoneOf(launch.timeZone) };
  } catch (err) {
    await removeImportFolder(ctx.config, upload.importId);
    if (err instanceof LegacyReadError) throw unprocessable('unreadable_file', err.message);
    throw err;
  }
  const at = isoNow(ctx.clock);
  const claimed = Boolean(launch.claimToken);
  await repo.insertImport(ctx.db, {
    ...newImportRow(upload, actor, at),
    kind: 'legacy',
    status: claimed ? 'running' : 'queued',
    options: JSON.stringify(options),
    dry_run: launch.dryRun ? 1 : 0,
    total_rows: total,
    ...(claimed ? { claim_token: launch.claimToken!, heartbeat_at: at, attempts: 1, started_at: at } : {}),
  });
  return getImport(ctx, actor, upload.importId);
}

async function repsOf(
  ctx: AppContext,
  given: RepMapping | undefined,
): Promise<Record<string, string | null>> {
  const defaults = await defaultRepMapping(ctx);
  const reps: Record<string, string | null> = Object.fromEntries(
    Object.entries(defaults).map(([rep, u]) => [rep, u?.id ?? null]),
  );
  const active = new Set((await listUsers(ctx.db)).filter((u) => !u.deactivated_at).map((u) => u.id));
  for (const [rep, userId] of Object.entries(given ?? {})) {
    if (userId && !active.has(userId))
      throw badRequest('unknown_user', `${rep} is mapped to a user who doesn't exist or is deactivated.`);
    reps[rep] = userId;
  }
  return reps;
}

function zoneOf(zone: string | undefined): string {
  const z = zone ?? DEFAULT_LEGACY_TIME_ZONE;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: z });
    return z;
  } catch {
    throw badRequest('invalid_time_zone', `"${z}" is not a time zone (use a name like America/Chicago).`);
  }
}
