/** Time comes from here so tests can move it (session expiry, rate-limit windows). */
export type Clock = { now: () => Date };

export const systemClock: Clock = { now: () => new Date() };

export function isoNow(clock: Clock): string {
  return clock.now().toISOString();
}

/** A clock that can be moved forward; only with NODE_ENV=test (the e2e server, POST /api/test/clock). */
export type AdjustableClock = Clock & { advance: (ms: number) => void };

/** The system time plus an offset the test moves: time still passes between steps. */
export class SettableClock implements AdjustableClock {
  private offsetMs = 0;
  now = () => new Date(Date.now() + this.offsetMs);
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

export function isAdjustable(clock: Clock): clock is AdjustableClock {
  return typeof (clock as Partial<AdjustableClock>).advance === 'function';
}
