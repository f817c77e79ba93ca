import { setTimeout as sleep } from 'node:timers/promises';
import Fastify from 'fastify';
import { expect, it } from 'vitest';
import { currentRequestId, registerRequestScope } from './request-scope';

it('knows the request in its handler, across awaits and timers, and nothing outside one', async () => {
  const app = Fastify({ logger: false });
  registerRequestScope(app);
  app.get('/who', async (req) => {
    await sleep(5);
    const later = await new Promise((resolve) => setTimeout(() => resolve(currentRequestId()), 5));
    return { id: req.id, seen: currentRequestId(), later };
  });
  const res = await app.inject({ method: 'GET', url: '/who' });
  const body = res.json();
  expect(body.seen).toBe(body.id);
  expect(body.later).toBe(body.id);
  expect(currentRequestId()).toBeUndefined();
  await app.close();
});
