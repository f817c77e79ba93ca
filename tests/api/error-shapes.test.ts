import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from '../../src/shared/error-codes';
import { createTestApp, type TestApp } from '../support/test-app';

// Issue 15, defect 8: Fastify's own error shapes leaked (bad percent-encoding, a long path parameter, large
// headers); anonymous requests got a validation error before the 401; impossible dates were accepted.

let t: TestApp;
let manager: { id: string; cookie: string };
beforeAll(async () => {
  t = await createTestApp();
  manager = await t.userWithSession('manager');
});
afterAll(() => t.close());

/** The documented shape, with a listed code, and nothing else at the top level. */
function expectErrorShape(body: string, status: number) {
  const parsed = JSON.parse(body);
  expect(Object.keys(parsed), body).toEqual(['error']);
  expect(typeof parsed.error.message, body).toBe('string');
  expect(errorCodes, `${status}: ${body}`).toContain(parsed.error.code);
}

describe('every error in the documented shape', () => {
  it('bad percent-encoding in the path is a 400 in the shape', async () => {
    for (const url of ['/api/contacts/%E0%A4%A', '/api/users/%zz', '/%c0']) {
      const res = await t.app.inject({ method: 'GET', url, headers: { cookie: manager.cookie } });
      expect(res.statusCode, url).toBe(400);
      expectErrorShape(res.body, res.statusCode);
    }
  });

  it('a path parameter longer than allowed is a 414 in the shape', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/contacts/${'a'.repeat(600)}`,
      headers: { cookie: manager.cookie },
    });
    expect(res.statusCode).toBe(414);
    expectErrorShape(res.body, res.statusCode);
  });

  it('headers too large are a 431 in the shape (from the HTTP server itself)', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const port = Number(new URL(address).port);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(70_000)}\r\n\r\n`);
      });
      let data = '';
      socket.on('data', (d) => {
        data += d;
      });
      socket.on('end', () => resolve(data));
      socket.on('close', () => resolve(data));
      socket.on('error', (e) => (data ? resolve(data) : reject(e)));
    });
    const [head = '', body = ''] = raw.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 431 /);
    expect(head.toLowerCase()).toContain('content-type: application/json');
    expectErrorShape(body, 431);
  });
});

describe('anonymous requests', () => {
  const anyone = new Set(['post /api/auth/login', 'get /api/auth/demo-profiles', 'get /healthz']);

  it('get 401 on every private API route before their body or query is validated', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const wrong: string[] = [];
    for (const [path, ops] of Object.entries<Record<string, unknown>>(doc.paths)) {
      for (const method of Object.keys(ops)) {
        if (anyone.has(`${method} ${path}`)) continue;
        const url = path.replace(/\{[^}]+\}/g, '01J0000000000000000000000X');
        const res = await t.app.inject({
          method: method.toUpperCase() as 'GET',
          url,
          ...(method === 'get' ? {} : { payload: { unexpected: ['wrong', 'shape'] } }),
        });
        if (res.statusCode !== 401) wrong.push(`${method} ${path} -> ${res.statusCode}`);
        else expect(res.json().error.code).toBe('unauthorized');
      }
    }
    expect(wrong).toEqual([]);
  });

  it('get 401 even for a malformed JSON body, and 404 for an unknown route', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/contacts',
      headers: { 'content-type': 'application/json' },
      payload: '{"firstName": ',
    });
    expect(res.statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/nothing-here' })).statusCode).toBe(404);
  });
});

describe('impossible dates are 400s', () => {
  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: manager.cookie } });
  const urls = (day: string) => [
    `/api/contacts?touchedBefore=${day}`,
    `/api/contacts?touchedAfter=${day}`,
    `/api/metrics/calls?from=${day}&to=${day}`,
    `/api/email/stats?from=${day}`,
    `/api/reports/kpis?from=${day}&to=${day}`,
  ];

  it('refuses 2026-13-45 and 2026-02-30 wherever a date is taken', async () => {
    for (const day of ['2026-13-45', '2026-02-30', '2026-04-31', '2025-02-29']) {
      for (const url of urls(day)) {
        const res = await get(url);
        expect(res.statusCode, url).toBe(400);
        expect(res.json().error.code).toBe('validation_failed');
      }
    }
  });

  it('still takes real days, 29 February of a leap year included', async () => {
    for (const url of urls('2028-02-29')) expect((await get(url)).statusCode, url).toBe(200);
  });
});
