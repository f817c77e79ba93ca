import { isoNow } from '../clock';
import type { AppContext } from '../context';
import { DEMO_PROFILES_KEY } from '../modules/auth';
import { putSetting } from '../modules/settings';
import { replaceRepStates } from '../modules/territories';
import { countUsers, insertNewUser } from '../modules/users';
import { DEMO_ORG_NAME, DEMO_PASSWORD, demoPeople } from './factories';
import { seedLeads } from './leads';

const DEMO_LEADS = 2000;

// Regions a heavy-haul desk would split: Alex has Texas and its neighbours, and so on.
const demoTerritories: Record<string, string[]> = {
  alex: ['TX', 'OK', 'NM'],
  sarah: ['LA', 'MS', 'AL', 'AR', 'TN'],
  mike: ['CA', 'NV', 'AZ', 'UT', 'OR', 'WA', 'CO', 'WY', 'MT', 'ND', 'ID'],
  jessica: ['FL', 'GA', 'SC', 'NC', 'VA', 'KY', 'WV'],
  david: ['PA', 'OH', 'IL', 'IN', 'MI', 'WI', 'MN', 'IA', 'MO', 'KS', 'NE', 'NY'],
};

export type SeedResult = { seeded: boolean; reason?: string };

/** Loads Heavy Haulers Logistics into an empty database; never writes over existing data. */
export async function seedDemo(ctx: AppContext): Promise<SeedResult> {
  if ((await countUsers(ctx.db)) > 0) return { seeded: false, reason: 'the database already has users' };
  // The demo password is shorter than the 12-character policy on purpose (the customer's spec); the seed
  // bypasses the API schema, not the hashing.
  const ids = new Map<string, string>();
  for (const p of demoPeople) {
    const user = await insertNewUser(ctx, { ...p, phone: p.phone ?? null, password: DEMO_PASSWORD }, null);
    ids.set(p.email.split('@')[0]!, user.id);
  }
  // About a third of the leads wait in the pool; the rest are spread over the five reps.
  const rep = (name: string) => ids.get(name)!;
  const at = isoNow(ctx.clock);
  for (const [name, states] of Object.entries(demoTerritories)) {
    await replaceRepStates(ctx.db, rep(name), states, at, null);
  }
  await seedLeads(ctx, DEMO_LEADS, {
    owners: [null, rep('alex'), null, rep('sarah'), rep('mike'), null, rep('jessica'), rep('david')],
  });
  await putSetting(ctx.db, 'org.name', DEMO_ORG_NAME, at);
  await putSetting(
    ctx.db,
    'calls.talking_points',
    { text: DEMO_TALKING_POINTS, updatedAt: at, updatedBy: 'Dana Whitfield' },
    at,
  );
  await putSetting(
    ctx.db,
    DEMO_PROFILES_KEY,
    demoPeople.map((p) => p.email),
    at,
  );
  return { seeded: true };
}

/** What Dana tells the reps to say; managers edit it on the numbers page. */
const DEMO_TALKING_POINTS = [
  'Opener: "We haul what others turn down — excavators, cranes, transformers — on lowboys and RGNs, permits included."',
  'Qualify: what moves in the next 90 days? Origin and destination, weight, dimensions, pickup window.',
  'Proof: 48-state permits in-house; pilot cars and route surveys arranged; $2M cargo cover.',
  'Objection "we have a carrier": offer to quote the next oversize move as a backup — no commitment.',
  'Close: book a 15-minute call with the estimator, or send the Follow-up email with the rate sheet.',
].join('\n');
