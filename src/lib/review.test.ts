import { describe, expect, it } from 'vitest';
import {
  REVIEW_INTERVALS,
  dueCards,
  loadCards,
  recordReview,
  saveCards,
  scheduleMissed,
  type ReviewCard
} from './review.ts';
import type { KeyValueStore } from './storage.ts';

const DAY = 20_500;
const missed = [
  { itemId: 'cloud-007', area: 'cloud' },
  { itemId: 'security-003', area: 'security' }
];

describe('spaced review', () => {
  it('brings a missed question back after 1, 3, 7 and 21 days of right answers, then retires it', () => {
    let cards = scheduleMissed([], missed.slice(0, 1), DAY);
    expect(cards).toEqual([{ itemId: 'cloud-007', area: 'cloud', step: 0, due: DAY + 1 }]);
    let today = DAY;
    const waits: number[] = [];
    while (cards.length > 0) {
      const due = cards[0]?.due ?? 0;
      waits.push(due - today);
      today = due;
      expect(dueCards(cards, today - 1)).toEqual([]);
      expect(dueCards(cards, today)).toHaveLength(1);
      cards = recordReview(cards, 'cloud-007', true, today);
    }
    expect(waits).toEqual([...REVIEW_INTERVALS]);
  });

  it('sends a question answered wrong back to the first step', () => {
    let cards = scheduleMissed([], missed, DAY);
    cards = recordReview(cards, 'cloud-007', true, DAY + 1);
    expect(cards.find((card) => card.itemId === 'cloud-007')).toMatchObject({
      step: 1,
      due: DAY + 4
    });
    cards = recordReview(cards, 'cloud-007', false, DAY + 4);
    expect(cards.find((card) => card.itemId === 'cloud-007')).toMatchObject({
      step: 0,
      due: DAY + 5
    });
    expect(cards.find((card) => card.itemId === 'security-003')).toMatchObject({ step: 0 });
  });

  it('puts a question missed again in a later attempt back at the first step, once', () => {
    let cards = scheduleMissed([], missed, DAY);
    cards = recordReview(cards, 'cloud-007', true, DAY + 1);
    const again = { itemId: 'cloud-007', area: 'cloud' };
    cards = scheduleMissed(cards, [again, again], DAY + 2);
    expect(cards.filter((card) => card.itemId === 'cloud-007')).toEqual([
      { itemId: 'cloud-007', area: 'cloud', step: 0, due: DAY + 3 }
    ]);
  });

  it('lists the due cards, the longest overdue first', () => {
    const cards: ReviewCard[] = [
      { itemId: 'a-1', area: 'a', step: 0, due: DAY },
      { itemId: 'a-2', area: 'a', step: 1, due: DAY - 3 },
      { itemId: 'a-3', area: 'a', step: 2, due: DAY + 2 }
    ];
    expect(dueCards(cards, DAY).map((card) => card.itemId)).toEqual(['a-2', 'a-1']);
  });

  it('stores the cards and drops malformed ones when reading', () => {
    const data = new Map<string, string>();
    const store: KeyValueStore = {
      getItem: (key) => data.get(key) ?? null,
      setItem: (key, value) => void data.set(key, value),
      removeItem: (key) => void data.delete(key)
    };
    const cards = scheduleMissed([], missed, DAY);
    expect(saveCards(store, 'k', cards)).toBe(true);
    expect(loadCards(store, 'k')).toEqual(cards);
    data.set('k', JSON.stringify({ format: 1, cards: [...cards, { itemId: '<b>', step: 0 }] }));
    expect(loadCards(store, 'k')).toEqual(cards);
    data.set('k', '{');
    expect(loadCards(store, 'k')).toEqual([]);
    expect(loadCards(null, 'k')).toEqual([]);
  });
});
