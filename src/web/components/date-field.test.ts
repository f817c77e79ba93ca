import { describe, expect, it } from 'vitest';
import { parseTypedDate } from './date-field';

describe('parseTypedDate', () => {
  it('reads the ways people type a date, as yyyy-mm-dd', () => {
    expect(parseTypedDate('2026-03-14')).toBe('2026-03-14');
    expect(parseTypedDate('3/14/2026')).toBe('2026-03-14');
    expect(parseTypedDate('Mar 14, 2026')).toBe('2026-03-14');
    expect(parseTypedDate(' March 14, 2026 ')).toBe('2026-03-14');
  });

  it('refuses days that do not exist and half-typed dates', () => {
    expect(parseTypedDate('2/30/2026')).toBeNull();
    expect(parseTypedDate('2026-03')).toBeNull();
    expect(parseTypedDate('')).toBeNull();
  });

  it('reads a date and time, datetime-local style included', () => {
    expect(parseTypedDate('2026-11-24T12:20', true)).toBe('2026-11-24 12:20:00');
    expect(parseTypedDate('Nov 24, 2026 2:05 PM', true)).toBe('2026-11-24 14:05:00');
    expect(parseTypedDate('11/24/2026 9:30 am', true)).toBe('2026-11-24 09:30:00');
    expect(parseTypedDate('Nov 24, 2026', true)).toBeNull();
  });
});
