import type { DemoProfile } from '../../../shared/users';
import type { AppContext } from '../../context';
import { getSetting } from '../settings';

export const DEMO_PROFILES_KEY = 'demo.profileEmails';

/** Only a database seeded with `seed --demo` has the setting; real installs show no picker. */
export async function listDemoProfiles(ctx: AppContext): Promise<DemoProfile[]> {
  const emails = await getSetting<string[]>(ctx.db, DEMO_PROFILES_KEY);
  if (!emails || emails.length === 0) return [];
  const rows = await ctx.db
    .selectFrom('users')
    .select(['name', 'email', 'role'])
    .where('email', 'in', emails)
    .where('deactivated_at', 'is', null)
    .execute();
  return emails.flatMap((e) => rows.filter((r) => r.email === e));
}
