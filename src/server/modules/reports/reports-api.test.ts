import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';

let t: TestApp;
type Person = { id: string; cookie: string };
let manager: Person;
let alex: Person;

beforeAll(async () => {
  t = await createTestApp();
  manager = await t.userWithSession('manager');
  alex = await t.userWithSession('rep');
});
afterAll(() => t.close());

const get = (p: Person, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: p.cookie } });
const period = 'from=2026-03-01&to=2026-03-31';

describe('reports API', () => {
  it('serves every report to managers; reps only their own numbers', async () => {
    for (const name of ['kpis', 'leaderboard', 'funnel', 'heatmap', 'territories', 'velocity', 'forecast']) {
      expect((await get(manager, `/api/reports/${name}?${period}`)).statusCode, name).toBe(200);
      expect((await get(alex, `/api/reports/${name}?${period}`)).statusCode, name).toBe(200);
      expect((await get(alex, `/api/reports/${name}?${period}&repId=${manager.id}`)).statusCode).toBe(403);
    }
    const board = (await get(alex, `/api/reports/leaderboard?${period}`)).json().rows;
    expect(board.map((r: { repId: string }) => r.repId)).toEqual([alex.id]);
    expect((await get(manager, `/api/reports/heatmap?${period}`)).json().cells).toHaveLength(168);
  });

  it('validates the period', async () => {
    expect((await get(manager, '/api/reports/kpis?from=2026-03-31&to=2026-03-01')).statusCode).toBe(400);
    expect((await get(manager, '/api/reports/kpis?from=yesterday&to=2026-03-01')).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: `/api/reports/kpis?${period}` })).statusCode).toBe(401);
  });

  it('exports CSV', async () => {
    const res = await get(manager, `/api/reports/kpis.csv?${period}`);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('kpis-2026-03-01-2026-03-31.csv');
    expect(res.body).toContain('metric,value,previous');
    expect(res.body).toContain('callsToday,0,0');
    const funnel = await get(manager, `/api/reports/funnel.csv?${period}`);
    expect(funnel.body.split('\n')[0]).toContain('key,label,count,rate');
  });

  it('lists who is calling right now', async () => {
    expect((await get(manager, '/api/reports/live')).json()).toEqual([]);
  });
});
