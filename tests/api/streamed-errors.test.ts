import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app';

// An error inside a streamed response (the database failing mid-export) ends that response; the process keeps
// serving. Before, the CSV export's source stream errored with no listener and Node exited (issue 15, defect 1).
let t: TestApp;
let cookie: string;
beforeAll(async () => {
  t = await createTestApp();
  cookie = (await t.userWithSession('rep')).cookie;
});
afterAll(() => t.close());

describe('a streamed CSV export that fails', () => {
  it('rejects a NUL byte in its filters without crashing (PostgreSQL refused it mid-stream)', async () => {
    for (const q of ['tag=%00', 'owner=%00', 'q=a%00b']) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/contacts/export.csv?${q}`,
        headers: { cookie },
      });
      expect(res.statusCode, q).toBeLessThan(500);
    }
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });

  it('ends the response when the database fails inside the stream, and the server keeps answering', async () => {
    await sql`alter table contacts rename to contacts_away`.execute(t.ctx.db);
    try {
      // Either the error came before the first byte (500 in the error shape) or the response is cut off.
      const outcome = await t.app
        .inject({ method: 'GET', url: '/api/contacts/export.csv', headers: { cookie } })
        .then((res) => `${res.statusCode} ${res.json().error.code}`)
        .catch((err: Error) => err.message);
      expect(['500 internal_error', 'response destroyed before completion']).toContain(outcome);
    } finally {
      await sql`alter table contacts_away rename to contacts`.execute(t.ctx.db);
    }
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });
});
