import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyHashSet } from './load-key-set';

describe('KeyHashSet', () => {
  it('holds every key it was given, through growth, and counts each once', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 30 }), { maxLength: 3000 }), (keys) => {
        const set = new KeyHashSet(10); // grows many times
        for (const k of keys) set.add(k);
        for (const k of keys) set.add(k);
        expect(set.size).toBe(keys.length);
        for (const k of keys) expect(set.has(k)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('rarely says yes to a key it never saw (a yes only costs a database lookup)', () => {
    const set = new KeyHashSet(200_000);
    for (let i = 0; i < 200_000; i++) set.add(`p:+1713555${String(i).padStart(6, '0')}`);
    let falseHits = 0;
    for (let i = 0; i < 200_000; i++) if (set.has(`p:+1972555${String(i).padStart(6, '0')}`)) falseHits++;
    expect(falseHits).toBe(0);
  });
});
