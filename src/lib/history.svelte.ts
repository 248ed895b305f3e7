/**
 * The person's history in this browser: the finished assessments (recorded by the quiz chunk as
 * they finish, a sharpened one updated in place), the reviews of what they missed, and each
 * practice answer moving its review on. Storage that refuses is said once; nothing breaks.
 */
import type { BankIndex } from '../quiz/bank.ts';
import type { QuizConfig } from '../quiz/config.ts';
import {
  clearHistory,
  exportHistory,
  historyKey,
  loadHistory,
  missedIn,
  recentlySeen,
  saveHistory,
  withAttempt,
  type Attempt
} from './history.ts';
import {
  dueCards,
  loadCards,
  recordReview,
  reviewKey,
  saveCards,
  scheduleMissed,
  type ReviewCard
} from './review.ts';
import type { KeyValueStore } from './storage.ts';
import { firstWordsFor } from './words.ts';

export class History {
  /** The finished assessments, oldest first. */
  attempts = $state.raw<Attempt[]>([]);
  cards = $state.raw<ReviewCard[]>([]);
  /** A line for the person when the history cannot be kept, or parts of it could not be read. */
  notice = $state<string | null>(null);
  readonly #store: KeyValueStore | null;
  readonly #index: BankIndex;
  readonly #key: string;
  readonly #words: ReturnType<typeof firstWordsFor>['history'];
  /** The clock, in ms: Date.now, or a test's. */
  readonly now: () => number;

  constructor(
    store: KeyValueStore | null,
    index: BankIndex,
    options: { scope?: string; now?: () => number } = {}
  ) {
    this.#store = store;
    this.#index = index;
    this.#key = historyKey(index.role.name, options.scope);
    this.#words = firstWordsFor(index.role).history;
    this.now = options.now ?? Date.now;
    const loaded = loadHistory(store, this.#key);
    this.attempts = loaded.attempts;
    this.cards = loadCards(store, reviewKey(this.#key));
    if (loaded.unavailable) this.notice = this.#words.unavailable;
    else if (loaded.dropped > 0) this.notice = this.#words.dropped(loaded.dropped);
  }

  /** Today as a UTC day number. */
  get today(): number {
    return Math.floor(this.now() / 86_400_000);
  }

  /** Questions of the latest attempts, which a new assessment avoids while it can. */
  get seen(): string[] {
    return [...recentlySeen(this.attempts)];
  }

  /** The reviews due today. */
  get due(): ReviewCard[] {
    return dueCards(this.cards, this.today);
  }

  /** The attempt before the one with this id (the latest, if that one is not kept yet). */
  previousOf(id: string): Attempt | null {
    const at = this.attempts.findIndex((attempt) => attempt.id === id);
    return (at === -1 ? this.attempts : this.attempts.slice(0, at)).at(-1) ?? null;
  }

  /**
   * The practice of an attempt's missed questions, area by area in the order given (weakest
   * first); null when nothing there was missed.
   */
  missedPractice(
    attempt: Attempt,
    areaOrder: readonly string[],
    length: QuizConfig['length']
  ): QuizConfig | null {
    const missed = missedIn(attempt);
    const known = this.#index.areas.map((area) => area.id);
    const areas = areaOrder.filter(
      (id) => known.includes(id) && missed.some((question) => question.area === id)
    );
    const items = missed.filter((question) => areas.includes(question.area)).map((q) => q.itemId);
    return items.length > 0 ? { mode: 'practice', length, areas, items } : null;
  }

  /** The practice of today's reviews, area by area in the bank's order; null when none is due. */
  reviewPractice(length: QuizConfig['length']): QuizConfig | null {
    const due = this.due;
    const areas = this.#index.areas
      .map((area) => area.id)
      .filter((id) => due.some((card) => card.area === id));
    const items = due.filter((card) => areas.includes(card.area)).map((card) => card.itemId);
    return items.length > 0 ? { mode: 'practice', length, areas, items } : null;
  }

  /** Keeps a finished assessment (in place of its earlier version) and schedules what it missed. */
  record(attempt: Attempt): void {
    const earlier = this.attempts.find((other) => other.id === attempt.id);
    this.attempts = withAttempt(this.attempts, earlier ? { ...attempt, at: earlier.at } : attempt);
    this.cards = scheduleMissed(this.cards, missedIn(attempt), this.today);
    this.#save();
  }

  /** A practice answer moves its review on (right) or back to the start (wrong). */
  practised(itemId: string, right: boolean): void {
    if (!this.cards.some((card) => card.itemId === itemId)) return;
    this.cards = recordReview(this.cards, itemId, right, this.today);
    this.#save();
  }

  /** Puts merged attempts (an import) in place of the history's. */
  replace(attempts: Attempt[]): void {
    this.attempts = attempts;
    this.#save();
  }

  /** The export file's text. */
  exportText(): string {
    return exportHistory(this.attempts, this.#index.role.name, this.now());
  }

  /** Forgets every attempt and review. */
  clear(): void {
    this.attempts = [];
    this.cards = [];
    clearHistory(this.#store, this.#key);
    clearHistory(this.#store, reviewKey(this.#key));
    this.notice = null;
  }

  #save(): void {
    if (!this.#store) return;
    const saved =
      saveHistory(this.#store, this.#key, this.attempts) &&
      saveCards(this.#store, reviewKey(this.#key), this.cards);
    this.notice = saved ? null : this.#words.full;
  }
}
