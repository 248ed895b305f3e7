/** Keeps the quiz's progress in storage: saved after every answer, forgotten when a new check starts. */
import type { ActorRefFrom, Subscription } from 'xstate';
import type { BankIndex } from '../quiz/bank.ts';
import type { quizMachine } from '../quiz/machine.ts';
import { savedProgressOf } from '../quiz/saved.ts';
import { STORAGE_NOTICES, clearProgress, saveProgress, type KeyValueStore } from './storage.ts';

export class ProgressKeeper {
  /** A plain-text line for the person when saving stops working. */
  notice = $state<string | null>(null);
  readonly #store: KeyValueStore | null;
  readonly #index: BankIndex;
  #lastSaved = '';
  #wasInIntro = true;

  constructor(store: KeyValueStore | null, index: BankIndex) {
    this.#store = store;
    this.#index = index;
    if (!store) this.notice = STORAGE_NOTICES.unavailable;
  }

  /** Starts saving the actor's progress on every change that matters. */
  attach(actor: ActorRefFrom<typeof quizMachine>): Subscription {
    return actor.subscribe((snapshot) => {
      const inIntro = snapshot.matches('intro');
      // Coming back to the intro (start over, start again) forgets the saved run.
      if (inIntro && !this.#wasInIntro) this.forget();
      this.#wasInIntro = inIntro;
      if (inIntro || snapshot.hasTag('busy')) return;
      const progress = savedProgressOf(snapshot.context);
      const text = JSON.stringify(progress);
      if (text === this.#lastSaved) return;
      this.#lastSaved = text;
      const finished = snapshot.hasTag('finished');
      if (!saveProgress(this.#store, this.#index, progress, finished) && this.#store) {
        this.notice = STORAGE_NOTICES.unavailable;
      }
    });
  }

  /** Drops the saved run. */
  forget(): void {
    this.#lastSaved = '';
    clearProgress(this.#store);
  }
}
