/** Keeps the quiz's progress in storage: saved at every step of a run, forgotten on a restart. */
import type { BankIndex } from '../quiz/bank.ts';
import type { QuizActor } from '../quiz/runtime.ts';
import type { SavedProgress } from '../quiz/saved.ts';
import {
  STORAGE_KEY,
  STORAGE_NOTICES,
  clearProgress,
  saveProgress,
  type KeyValueStore
} from './storage.ts';

export class ProgressKeeper {
  /** A plain-text line for the person when saving stops working. */
  notice = $state<string | null>(null);
  readonly #store: KeyValueStore | null;
  readonly #index: BankIndex;
  readonly #key: string;

  constructor(store: KeyValueStore | null, index: BankIndex, key?: string) {
    this.#store = store;
    this.#index = index;
    this.#key = key ?? STORAGE_KEY;
    if (!store) this.notice = STORAGE_NOTICES.unavailable;
  }

  /** Listens to the quiz's domain events: each step saves the run, a restart forgets it. */
  attach(actor: QuizActor): void {
    const save = (progress: SavedProgress, finished = false) => {
      if (!saveProgress(this.#store, this.#index, progress, finished, this.#key) && this.#store)
        this.notice = STORAGE_NOTICES.unavailable;
    };
    actor.on('question.asked', ({ progress, finished }) => save(progress, finished));
    actor.on('answer.recorded', ({ progress, finished }) => save(progress, finished));
    actor.on('area.finished', ({ progress }) => save(progress));
    actor.on('quiz.completed', ({ progress }) => save(progress, true));
    actor.on('quiz.sharpened', ({ progress }) => save(progress, true));
    actor.on('quiz.restarted', () => this.forget());
  }

  /** Drops the saved run. */
  forget(): void {
    clearProgress(this.#store, this.#key);
  }
}
