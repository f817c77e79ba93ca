// Lowboy's foundation figures (issue 2). Run with `npm run bench` after `npm run build`.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { percentile, ROOT, startLowboy, stop, tempSqliteUrl } from './server-process';

const DEMO_EMAIL = 'alex@heavyhaulers.test';
const DEMO_PASSWORD = 'lowboy-demo';
const seconds = Number(process.env.BENCH_SECONDS ?? 10);

async function startupToHealthy(dbUrl: string, runs = 5): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { child, msToHealthy } = await startLowboy(['serve'], { DATABASE_URL: dbUrl });
    times.push(msToHealthy);
    await stop(child);
  }
  return times.sort((a, b) => a - b);
}

async function signIn(url: string, password = DEMO_PASSWORD): Promise<{ ms: number; cookie: string }> {
  const t0 = performance.now();
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO_EMAIL, password }),
  });
  const ms = performance.now() - t0;
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
  return { ms, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]! };
}

async function load(url: string, headers: Record<string, string> = {}) {
  const r = await autocannon({ url, connections: 50, duration: seconds, headers });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99 };
}

async function bare(): Promise<{ rps: number; p50: number; p99: number }> {
  const port = String(40000 + Math.floor(Math.random() * 10000));
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/bare-server.ts')], {
    env: { ...process.env, PORT: port },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((r) => child.stdout?.once('data', r));
  try {
    return await load(`http://127.0.0.1:${port}/bare`);
  } finally {
    await stop(child);
  }
}

const dbUrl = tempSqliteUrl();
// Seed once (migrate + demo people), then measure plain `serve` starts on the existing database.
const seeded = await startLowboy(['serve', '--demo'], { DATABASE_URL: dbUrl });
await stop(seeded.child);
const startup = await startupToHealthy(dbUrl);

const { child, url } = await startLowboy(['serve'], { DATABASE_URL: dbUrl });
const logins: number[] = [];
let cookie = '';
for (let i = 0; i < 60; i++) {
  const r = await signIn(url);
  if (i >= 10) logins.push(r.ms); // the first few warm up argon2's thread pool
  cookie = r.cookie;
}
logins.sort((a, b) => a - b);
const me = await load(`${url}/api/me`, { cookie });
await stop(child);
const bareRoute = await bare();

const f = (n: number) => n.toFixed(1);
console.log(`
Lowboy foundation bench — ${new Date().toISOString()}, node ${process.version}, SQLite
  start-up to first 200 /healthz (existing db, 5 runs): median ${f(percentile(startup, 50))} ms, max ${f(startup.at(-1)!)} ms   [target ≤ 1500 ms]
  sign-in (argon2id 19 MiB, t=2), 50 sequential:       p50 ${f(percentile(logins, 50))} ms, p95 ${f(percentile(logins, 95))} ms   [target p95 ≤ 150 ms]
  GET /api/me with session, 50 conns, ${seconds}s:            ${me.rps} req/s, p50 ${me.p50} ms, p99 ${me.p99} ms   [target ≥ 8000 req/s, p99 ≤ 20 ms]
  bare Fastify route, same run:                         ${bareRoute.rps} req/s, p50 ${bareRoute.p50} ms, p99 ${bareRoute.p99} ms
  ratio /api/me ÷ bare:                                 ${(me.rps / bareRoute.rps).toFixed(2)}
`);
