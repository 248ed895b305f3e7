import { describe, expect, it } from 'vitest';
import { dateOfDay, dayOf } from './result.ts';

describe('dates of results', () => {
  it('reads a UTC day number as day, short month and year', () => {
    expect(dateOfDay(0)).toBe('1 Jan 1970');
    expect(dateOfDay(dayOf(Date.UTC(2026, 1, 16, 23, 59)))).toBe('16 Feb 2026');
    expect(dateOfDay(dayOf(Date.UTC(2024, 11, 31)))).toBe('31 Dec 2024');
    expect(dateOfDay(dayOf(Date.UTC(2028, 1, 29, 0, 0, 1)))).toBe('29 Feb 2028');
  });

  it('agrees with Intl for every day of a leap year and the year after', () => {
    const intl = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
    const start = dayOf(Date.UTC(2028, 0, 1));
    for (let day = start; day < start + 731; day++)
      expect(dateOfDay(day)).toBe(intl.format(day * 86_400_000).replace('Sept', 'Sep'));
  });
});
