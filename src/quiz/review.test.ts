import { describe, expect, it } from 'vitest';
import { syntheticBank } from '../build/synthetic.ts';
import type { Answer } from './run.ts';
import { explainedItems, missedByArea, plainText, reviewEntries } from './review.ts';

const answer = (itemId: string, area: string, correct: boolean): Answer => ({
  itemId,
  area,
  choice: correct ? ['a'] : null,
  correct,
  a: 1.5,
  b: 0,
  c: 0.25,
  theta: 0,
  se: 1
});

describe('review', () => {
  it('pairs answers with items in the order asked', () => {
    const bank = syntheticBank('alpha');
    const details = {
      id: 'alpha',
      items: Object.fromEntries(
        bank.items.map((i) => [i.id, { explanation: `<p>${i.id}</p>`, references: [] }])
      ),
      domains: {},
      resources: []
    };
    const items = explainedItems(bank, details);
    expect(items[0]?.explanation).toBe(`<p>${bank.items[0]?.id}</p>`);
    const entries = reviewEntries(
      [answer('alpha-d3-2', 'alpha', true), answer('alpha-d1-1', 'alpha', false)],
      items
    );
    expect(entries.map((e) => e.item.id)).toEqual(['alpha-d3-2', 'alpha-d1-1']);
  });

  it('lists the missed questions by area', () => {
    expect(
      missedByArea([
        answer('x', 'alpha', false),
        answer('y', 'alpha', true),
        answer('z', 'beta', false)
      ])
    ).toEqual({
      alpha: ['x'],
      beta: ['z']
    });
  });

  it('turns sanitized HTML into short plain text', () => {
    expect(plainText('<p>Use <code>&lt;b&gt;</code> &amp; more</p>')).toBe('Use <b> & more');
    expect(plainText(`<p>${'word '.repeat(50)}</p>`, 20)).toBe('word word word word…');
    // Cut at a word, not inside one, and not after a comma.
    expect(plainText('<p>alpha beta gamma</p>', 12)).toBe('alpha beta…');
    expect(plainText('<p>alpha beta, gammadelta</p>', 14)).toBe('alpha beta…');
    expect(plainText('<p>supercalifragilistic</p>', 10)).toBe('supercali…');
  });
});
