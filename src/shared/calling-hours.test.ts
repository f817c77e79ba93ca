import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatLocal,
  isWithinCallingHours,
  leadTimeZone,
  nextCallingWindow,
  opensAtLabel,
  splitByCallingHours,
  usTimeZones,
} from './calling-hours';
import { usStates } from './us-states';

// The oracle is Intl (the ICU database), independent of the date-fns code under test.
function localHour(zone: string, at: Date): number {
  const h = new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', hourCycle: 'h23' }).format(
    at,
  );
  return Number(h);
}
const inHours = (zone: string, at: Date) => localHour(zone, at) >= 8 && localHour(zone, at) < 21;

// Split states: ZIPs on both sides of the line, plus the main zone of every state, plus no state at all.
const splitZips = ['79901', '75201', '32501', '32301', '46401', '46201', '42001', '40201', '37901', '37201'];
const leadArb = fc.record({
  state: fc.option(fc.constantFrom(...usStates.map((s) => s[0])), { nil: null }),
  zip: fc.option(fc.oneof(fc.constantFrom(...splitZips), fc.stringMatching(/^\d{5}$/)), { nil: null }),
  time_zone: fc.option(fc.constantFrom(...usTimeZones), { nil: null, freq: 4 }),
});

// US DST changes 2024–2027 (second Sunday of March, first Sunday of November), ±36 hours around each.
const dstDays = ['2024-03-10', '2024-11-03', '2025-03-09', '2025-11-02', '2026-03-08', '2026-11-01'];
const nearDst = fc
  .tuple(fc.constantFrom(...dstDays), fc.integer({ min: -36 * 60, max: 36 * 60 }))
  .map(([d, min]) => new Date(Date.parse(`${d}T08:00:00Z`) + min * 60_000));
const anyTime = fc
  .integer({ min: Date.parse('2024-01-01T00:00:00Z'), max: Date.parse('2027-12-31T00:00:00Z') })
  .map((ms) => new Date(ms));
const instantArb = fc.oneof(nearDst, anyTime);

describe('calling hours', () => {
  it('never offers a lead outside 8:00–21:00 in its local time', () => {
    fc.assert(
      fc.property(fc.array(leadArb, { maxLength: 20 }), instantArb, (leads, at) => {
        const { open } = splitByCallingHours(leads, leadTimeZone, at);
        for (const lead of open) {
          const zone = leadTimeZone(lead);
          if (zone) expect(inHours(zone, at)).toBe(true);
          else for (const z of usTimeZones) expect(inHours(z, at)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('holds back exactly the others, until the first minute their hours open', () => {
    fc.assert(
      fc.property(leadArb, instantArb, (lead, at) => {
        const zone = leadTimeZone(lead);
        const { held } = splitByCallingHours([lead], leadTimeZone, at);
        const zones = zone ? [zone] : usTimeZones;
        expect(held.length === 1).toBe(!zones.every((z) => inHours(z, at)));
        const opens = nextCallingWindow(zone, at);
        expect(opens.getTime()).toBeGreaterThanOrEqual(at.getTime());
        expect(opens.getTime() - at.getTime()).toBeLessThan(24 * 3_600_000);
        for (const z of zones) expect(inHours(z, opens)).toBe(true);
        if (held.length) {
          expect(held[0]!.opensAt).toEqual(opens);
          const before = new Date(opens.getTime() - 60_000);
          expect(zones.every((z) => inHours(z, before))).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('uses the zone of each side of a split state', () => {
    // 8:30 in Dallas is 7:30 in El Paso.
    const at = new Date('2026-03-09T13:30:00Z');
    expect(isWithinCallingHours(leadTimeZone({ state: 'TX', zip: '75201', time_zone: null }), at)).toBe(true);
    expect(isWithinCallingHours(leadTimeZone({ state: 'TX', zip: '79901', time_zone: null }), at)).toBe(
      false,
    );
    expect(opensAtLabel('America/Denver', at, 'America/Chicago')).toBe('opens at 8:00 AM MT');
    // The Florida panhandle (CT) opens an hour after Miami (ET).
    const fl = new Date('2026-07-01T12:30:00Z');
    expect(isWithinCallingHours(leadTimeZone({ state: 'FL', zip: '33101', time_zone: null }), fl)).toBe(true);
    expect(isWithinCallingHours(leadTimeZone({ state: 'FL', zip: '32501', time_zone: null }), fl)).toBe(
      false,
    );
  });

  it('follows DST: 8:00 local is 13:00 UTC in Chicago in March after the change, 14:00 before', () => {
    expect(nextCallingWindow('America/Chicago', new Date('2026-03-07T10:00:00Z')).toISOString()).toBe(
      '2026-03-07T14:00:00.000Z',
    );
    expect(nextCallingWindow('America/Chicago', new Date('2026-03-08T10:00:00Z')).toISOString()).toBe(
      '2026-03-08T13:00:00.000Z',
    );
    expect(formatLocal('America/Chicago', new Date('2026-03-08T19:30:00Z'))).toBe('2:30 PM CT');
  });
});
