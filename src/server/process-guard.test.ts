import { afterEach, describe, expect, it } from 'vitest';
import { runInRequestScope } from './plugins/request-scope';
import { installProcessGuard, type ProcessGuard } from './process-guard';

function guardWithRecorder() {
  const seen: { level: string; msg: string; reqId?: string }[] = [];
  const exits: number[] = [];
  let closed = 0;
  const guard = installProcessGuard({
    log: {
      error: (obj, msg) => seen.push({ level: 'error', msg, reqId: (obj as { reqId?: string }).reqId }),
      fatal: (_obj, msg) => seen.push({ level: 'fatal', msg }),
    },
    close: async () => {
      closed += 1;
    },
    exit: (code) => exits.push(code),
  });
  return { guard, seen, exits, closed: () => closed };
}

let guard: ProcessGuard | undefined;
afterEach(() => guard?.uninstall());

describe('the process guard', () => {
  it('logs an error raised while serving a request and keeps the process', async () => {
    const r = guardWithRecorder();
    guard = r.guard;
    runInRequestScope('req-7', () =>
      setTimeout(() => r.guard.onError(new Error('boom'), 'uncaughtException')),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(r.seen).toEqual([
      { level: 'error', msg: expect.stringContaining('still serving'), reqId: 'req-7' },
    ]);
    expect(r.exits).toEqual([]);
    expect(r.closed()).toBe(0);
  });

  it('closes the server and exits 1, once, on an error outside any request', async () => {
    const r = guardWithRecorder();
    guard = r.guard;
    r.guard.onError(new Error('broken'), 'uncaughtException');
    r.guard.onError(new Error('again'), 'unhandledRejection');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(r.seen.map((s) => s.level)).toEqual(['fatal', 'fatal']);
    expect(r.closed()).toBe(1);
    expect(r.exits).toEqual([1]);
  });

  it('listens on the process for both kinds, and lets go when uninstalled', () => {
    const before = process.listenerCount('unhandledRejection');
    const r = guardWithRecorder();
    expect(process.listenerCount('unhandledRejection')).toBe(before + 1);
    r.guard.uninstall();
    expect(process.listenerCount('unhandledRejection')).toBe(before);
  });
});
