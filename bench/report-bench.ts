// `node --import tsx bench/report-bench.ts [--db sqlite:bench/results/contacts-1m-fast.db|postgres://…]
//   [--connections 10] [--seconds 10] [--reports kpis,funnel] [--periods month,year,rep] [--browser 5]
//   [--skip-over-ms 3000]`
// (after `npm run build`: it starts the bundled server). Issue 7: p50/p95 of each `GET /api/reports/<name>` as
// the manager, autocannon with 10 connections for ~10 s each, against the server in its own process, for three
// filters: this month (the default), the last 12 months, and this month for one rep. Then (--browser N) the
// manager dashboard in Chromium: sign in, open My day, time until every KPI card and chart shows its number,
// median of N. A report whose first request alone takes over --skip-over-ms is not loaded (its time is printed).
// The data: bench/report-data.ts (bench/README.md says how).
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { expireStaleClaims } from '../src/server/modules/leads';
import { reportNames } from '../src/shared/deals';
import { benchPeople, openBenchDb } from './bench-people';
import { timeDashboard } from './dashboard-load';
import { startLowboy, stop } from './server-process';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'sqlite:bench/results/contacts-1m-fast.db' },
    connections: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '10' },
    reports: { type: 'string', default: reportNames.join(',') },
    periods: { type: 'string', default: 'month,year,rep' },
    browser: { type: 'string', default: '5' },
    'skip-over-ms': { type: 'string', default: '3000' },
  },
});
const dbUrl = values.db!;
const connections = Number(values.connections);
const seconds = Number(values.seconds);

const ctx = await openBenchDb(dbUrl);
const { manager, reps } = await benchPeople(ctx, 6);
// The data's untouched claims are past the 14-day expiry: let the claim-expiry job's work happen now, not under
// the measurement (the server runs it in the background).
for (let n = 0; ; n++) {
  const { noticed, expired } = await expireStaleClaims(ctx);
  if (noticed + expired === 0) break;
  if (n % 20 === 0) console.log(`claim expiry catching up: ${noticed} noticed, ${expired} expired`);
}
await ctx.close();

const orgToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' }).format(new Date());
const shiftDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const periods: Record<string, string> = {
  month: `from=${orgToday.slice(0, 8)}01&to=${orgToday}`,
  year: `from=${shiftDays(orgToday, -364)}&to=${orgToday}`,
  rep: `from=${orgToday.slice(0, 8)}01&to=${orgToday}&repId=${reps[0]!.id}`,
};

type Figure = { p50: number; p95: number; rps: number; ok: number; bad: number };
function load(url: string, path: string): Promise<Figure> {
  const times: number[] = [];
  return new Promise((resolve, reject) => {
    const run = autocannon(
      { url: `${url}${path}`, connections, duration: seconds, headers: { cookie: manager.cookie } },
      (err, r) => {
        if (err) return reject(err);
        times.sort((a, b) => a - b);
        const at = (p: number) =>
          times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)] ?? Number.NaN;
        resolve({
          p50: at(0.5),
          p95: at(0.95),
          rps: r.requests.average,
          ok: r['2xx'],
          bad: r.non2xx + r.errors,
        });
      },
    );
    run.on('response', (_client, _status, _bytes, ms) => times.push(ms));
  });
}

const { child, url } = await startLowboy(['serve'], { DATABASE_URL: dbUrl });
try {
  const dialect = dbUrl.startsWith('postgres') ? 'PostgreSQL' : 'SQLite';
  console.log(`${dialect}, ${connections} connections, ${seconds} s each (target p95 ≤ 500 ms)`);
  console.log('| report | period | p50 ms | p95 ms | req/s | non-2xx |');
  console.log('|---|---|---|---|---|---|');
  for (const period of values.periods!.split(',')) {
    for (const name of values.reports!.split(',')) {
      const path = `/api/reports/${name}?${periods[period]}`;
      // A warm-up request (the server's page cache starts cold), then one timed alone.
      let alone = 0;
      for (let k = 0; k < 2; k++) {
        const t0 = performance.now();
        const res = await fetch(`${url}${path}`, { headers: { cookie: manager.cookie } });
        if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
        await res.arrayBuffer();
        alone = performance.now() - t0;
      }
      if (alone > Number(values['skip-over-ms'])) {
        // Far over the target: 10 connections would only queue behind it (and outlast autocannon's timeout).
        console.log(`| ${name} | ${period} | one request alone: ${alone.toFixed(0)} | (load skipped) | | |`);
        continue;
      }
      const f = await load(url, path);
      console.log(
        `| ${name} | ${period} | ${f.p50.toFixed(0)} | ${f.p95.toFixed(0)} | ${f.rps.toFixed(1)} | ${f.bad} |`,
      );
    }
  }
  const runs = Number(values.browser);
  if (runs > 0) {
    const ms = await timeDashboard(url, 'bench-manager@bench.test', runs);
    const sorted = [...ms].sort((a, b) => a - b);
    console.log(
      `Manager dashboard complete: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms ` +
        `(runs ${ms.map((m) => m.toFixed(0)).join(', ')}; target ≤ 1,000 ms)`,
    );
  }
} finally {
  await stop(child);
}
