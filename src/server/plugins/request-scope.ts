import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance } from 'fastify';

/** The request whose work is running now, followed through promises, timers and streams (AsyncLocalStorage). */
const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/** Runs every request's hooks, handler and reply inside its scope, so a stray error can be traced to it. */
export function registerRequestScope(app: FastifyInstance): void {
  app.addHook('onRequest', (req, _reply, done) => {
    requestScope.run({ requestId: req.id }, done);
  });
}

/** The id of the request this code runs for, or undefined outside any request (start-up, jobs, timers). */
export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}

/** For tests of what depends on the scope: runs fn as if inside the request. */
export function runInRequestScope<T>(requestId: string, fn: () => T): T {
  return requestScope.run({ requestId }, fn);
}
