// `node --import tsx bench/report-profile.ts --db sqlite:FILE` — each report function timed alone in this process
// (no HTTP), this month / 12 months / one rep: where a report's time goes before the load test.
import { parseArgs } from 'node:util';
import { createDb } from '../src/db/create-db';
import { loadConfig } from '../src/server/config';
import { type Actor, inProcessContext } from '../src/server/context';
import {
  forecastReport,
  funnelReport,
  heatmapReport,
  kpisReport,
  leaderboardReport,
  territoryReport,
  velocityReport,
} from '../src/server/modules/reports';
import { orgDate, shiftOrgDate } from '../src/server/org-time';

const { values } = parseArgs({ options: { db: { type: 'string' }, runs: { type: 'string', default: '3' } } });
const config = loadConfig({ DATABASE_URL: values.db });
const database = createDb(config.databaseUrl);
const ctx = inProcessContext(database.db, config);
const manager = await database.db
  .selectFrom('users')
  .select(['id', 'name'])
  .where('role', '=', 'manager')
  .executeTakeFirstOrThrow();
const rep = await database.db
  .selectFrom('users')
  .select(['id'])
  .where('role', '=', 'rep')
  .executeTakeFirstOrThrow();
const actor: Actor = { id: manager.id, name: manager.name, role: 'manager', ip: null };
const today = orgDate(new Date());
const periods = {
  month: { from: `${today.slice(0, 7)}-01`, to: today },
  year: { from: shiftOrgDate(today, -364), to: today },
  rep: { from: `${today.slice(0, 7)}-01`, to: today, repId: rep.id },
};
const reports = {
  kpis: kpisReport,
  leaderboard: leaderboardReport,
  funnel: funnelReport,
  heatmap: heatmapReport,
  territories: territoryReport,
  velocity: velocityReport,
  forecast: forecastReport,
};
for (const [p, q] of Object.entries(periods)) {
  for (const [name, fn] of Object.entries(reports)) {
    const times: number[] = [];
    for (let i = 0; i < Number(values.runs); i++) {
      const t = performance.now();
      await fn(ctx, actor, q);
      times.push(performance.now() - t);
    }
    console.log(
      `${name.padEnd(12)} ${p.padEnd(6)} ${times.map((x) => x.toFixed(0).padStart(6)).join(' ')} ms`,
    );
  }
}
await database.close();
