import { describe, expect, it } from 'vitest';
import { ROLE } from '../build/synthetic.ts';
import { dayOf } from '../quiz/result.ts';
import { capitalized, dateOfDay, plural } from './words.ts';
import { wordsFor } from './words-later.ts';

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

describe('words', () => {
  it('count in words, one and many', () => {
    expect([plural(0, 'question'), plural(1, 'question'), plural(2, 'area')]).toEqual([
      '0 questions',
      '1 question',
      '2 areas'
    ]);
    expect(plural(3, 'match', 'matches')).toBe('3 matches');
    expect(capitalized('standard length')).toBe('Standard length');
  });

  it('speak of the role in its own words', () => {
    const words = wordsFor({ ...ROLE, name: 'Data Engineer', person: 'a Data Engineer' });
    expect(words.intro.title).toBe('How ready are you to be a Data Engineer?');
    expect(words.results.title).toBe('Your Data Engineer readiness');
    expect(words.share.imageFile('ready')).toBe('ai-architect-readiness-ready.png');
  });

  it('start the results line with a capital, with or without the question count', () => {
    const { meta } = wordsFor(ROLE).results;
    expect(meta(undefined, 6, 'standard', '1 Dec 2026')).toBe('Standard length, 1 Dec 2026.');
    expect(meta(1, 1, 'quick', '1 Dec 2026')).toBe(
      '1 question across 1 area, quick length, 1 Dec 2026.'
    );
  });
});
