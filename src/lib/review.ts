/**
 * Spaced review of missed questions: a question missed comes back after 1 day; each right answer
 * moves it to the next step (3, 7, then 21 days), a wrong one back to the first; right at the
 * last step, it is done. Days are UTC day numbers, given by the caller (the clock comes in).
 */
import type { KeyValueStore } from './storage.ts';

export { reviewKey } from './history-counts.ts';

/** Days until a question comes back, by step. */
export const REVIEW_INTERVALS = [1, 3, 7, 21] as const;

export interface ReviewCard {
  itemId: string;
  area: string;
  /** Index into REVIEW_INTERVALS of the wait that led to `due`. */
  step: number;
  /** The day it is due again. */
  due: number;
}

/** The cards with each missed question put back at the first step, due tomorrow. */
export function scheduleMissed(
  cards: readonly ReviewCard[],
  missed: readonly { itemId: string; area: string }[],
  today: number
): ReviewCard[] {
  const ids = new Set(missed.map((question) => question.itemId));
  const kept = cards.filter((card) => !ids.has(card.itemId));
  const fresh = [...new Map(missed.map((question) => [question.itemId, question])).values()].map(
    (question) => ({ ...question, step: 0, due: today + REVIEW_INTERVALS[0] })
  );
  return [...kept, ...fresh];
}

/** The cards after a review answer: right moves the card on (or retires it), wrong starts it over. */
export function recordReview(
  cards: readonly ReviewCard[],
  itemId: string,
  right: boolean,
  today: number
): ReviewCard[] {
  return cards.flatMap((card) => {
    if (card.itemId !== itemId) return [card];
    if (!right) return [{ ...card, step: 0, due: today + REVIEW_INTERVALS[0] }];
    const step = card.step + 1;
    const wait = REVIEW_INTERVALS[step];
    return wait === undefined ? [] : [{ ...card, step, due: today + wait }];
  });
}

/** The cards due on `today` (or overdue), the longest overdue first. */
export function dueCards(cards: readonly ReviewCard[], today: number): ReviewCard[] {
  return cards.filter((card) => card.due <= today).sort((x, y) => x.due - y.due);
}

const CARDS_FORMAT = 1;
const ID = /^[a-z0-9-]{1,80}$/;

/** Never throws: the stored cards that are well formed (the rest are dropped). */
export function loadCards(store: KeyValueStore | null, key: string): ReviewCard[] {
  try {
    const stored: unknown = JSON.parse(store?.getItem(key) ?? 'null');
    if (typeof stored !== 'object' || stored === null) return [];
    const { format, cards } = stored as { format?: unknown; cards?: unknown };
    if (format !== CARDS_FORMAT || !Array.isArray(cards)) return [];
    return cards.filter(
      (card): card is ReviewCard =>
        typeof card === 'object' &&
        card !== null &&
        ID.test(String(card.itemId)) &&
        ID.test(String(card.area)) &&
        Number.isInteger(card.step) &&
        card.step >= 0 &&
        card.step < REVIEW_INTERVALS.length &&
        Number.isInteger(card.due) &&
        card.due >= 0 &&
        card.due <= 65_535
    );
  } catch {
    return [];
  }
}

/** Writes the cards; false when the store refuses. */
export function saveCards(
  store: KeyValueStore | null,
  key: string,
  cards: readonly ReviewCard[]
): boolean {
  if (!store) return false;
  try {
    store.setItem(key, JSON.stringify({ format: CARDS_FORMAT, cards }));
    return true;
  } catch {
    return false;
  }
}
