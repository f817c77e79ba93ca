import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp | undefined;
afterEach(() => t?.close());

describe('the test clock route', () => {
  it('moves the app clock with NODE_ENV=test', async () => {
    t = await createTestApp();
    const before = t.clock.now().getTime();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/test/clock',
      payload: { advanceMs: 3_600_000 },
    });
    expect(res.statusCode).toBe(200);
    expect(Date.parse(res.json().now) - before).toBe(3_600_000);
  });

  it('does not exist in production or development', async () => {
    for (const env of ['production', 'development']) {
      t = await createTestApp({ NODE_ENV: env });
      const res = await t.app.inject({ method: 'POST', url: '/api/test/clock', payload: { advanceMs: 1 } });
      expect(res.statusCode).toBe(404);
      await t.close();
      t = undefined;
    }
  });
});
