// The people the 1M-contact benchmarks act as: one manager and N reps, each rep with a territory, raised limits
// and a signed-in session. Idempotent: a second run on the same database reuses the people and signs in again.
import { sql } from 'kysely';
import { createDb, migrateToLatest } from '../src/db/create-db';
import { loadConfig } from '../src/server/config';
import { type AppContext, inProcessContext } from '../src/server/context';
import { login } from '../src/server/modules/auth';
import { replaceRepStates } from '../src/server/modules/territories';
import { findUserByEmail } from '../src/server/modules/users';
import { makeUser } from '../src/server/seed/factories';
import { stateCodes } from '../src/shared/us-states';

export const BENCH_PASSWORD = 'bench-password-42';
export type BenchPerson = { id: string; cookie: string; states: string[] };

export const DEFAULT_DB = 'sqlite:bench/results/contacts-1m.db';

/** Opens (and migrates) the benchmark database the way the server does. */
export async function openBenchDb(url: string): Promise<AppContext & { close: () => Promise<void> }> {
  const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent' });
  const database = createDb(config.databaseUrl);
  // BENCH_NO_MIGRATE=1: leave the schema as it is, to compare against an older build on a database made for it.
  if (!process.env.BENCH_NO_MIGRATE) await migrateToLatest(database.db);
  return { ...inProcessContext(database.db, config), close: database.close };
}

async function personWithSession(
  ctx: AppContext,
  email: string,
  role: 'rep' | 'manager',
  name: string,
): Promise<{ id: string; cookie: string }> {
  const existing = await findUserByEmail(ctx.db, email);
  const id = existing?.id ?? (await makeUser(ctx, { email, role, name, password: BENCH_PASSWORD })).id;
  const signedIn = await login(ctx, { email, password: BENCH_PASSWORD, ip: '127.0.0.1', userAgent: 'bench' });
  return { id, cookie: `lowboy_session=${signedIn.token}` };
}

/**
 * A manager and `reps` reps. Rep i works `statesPerRep` states starting at state i (mod 51), so every state is
 * covered and neighbouring reps share some. Limits are raised so a 10-second claim run never hits them.
 */
export async function benchPeople(
  ctx: AppContext,
  reps: number,
  statesPerRep = 3,
): Promise<{ manager: BenchPerson; reps: BenchPerson[] }> {
  const manager = await personWithSession(ctx, 'bench-manager@bench.test', 'manager', 'Bench Manager');
  const at = new Date().toISOString();
  const out: BenchPerson[] = [];
  for (let i = 0; i < reps; i++) {
    const p = await personWithSession(ctx, `bench-rep-${i}@bench.test`, 'rep', `Bench Rep ${i}`);
    const states = Array.from({ length: statesPerRep }, (_, k) => stateCodes[(i + k) % stateCodes.length]!);
    await replaceRepStates(ctx.db, p.id, states, at, manager.id);
    out.push({ ...p, states });
  }
  await sql`update users set open_lead_limit = 100000, daily_claim_limit = 100000 where email like 'bench-rep-%'`.execute(
    ctx.db,
  );
  return { manager: { ...manager, states: [] }, reps: out };
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}
