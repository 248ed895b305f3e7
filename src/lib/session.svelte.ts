/**
 * The one owner of the check page's session: the saved progress found on arrival, a finished run
 * restored from storage, and the quiz actor once the quiz has loaded. Screens.svelte reads `screen`
 * and calls its methods; the machine owns every rule of the quiz itself.
 */
import { createSubscriber } from 'svelte/reactivity';
import type { BankIndex } from '../quiz/bank.ts';
import type { QuizConfig } from '../quiz/config.ts';
import type { QuizEvent } from '../quiz/run.ts';
import type { QuizActor, QuizSnapshot } from '../quiz/runtime.ts';
import type { SavedProgress } from '../quiz/saved.ts';
import type { HistoryCounts } from './history-counts.ts';
import type { History } from './history.svelte.ts';
import type { ProgressKeeper } from './keeper.svelte.ts';
import type { LoadedProgress } from './storage.ts';

/** What the quiz chunk gives: its actor factory and the screens only a running quiz shows. */
export type QuizModule = Pick<
  typeof import('../ui/quiz.ts'),
  'createQuiz' | 'screens' | 'keepHistory'
>;

/** A saved run for the quiz to reopen, as its input carries it. */
export interface Resume {
  progress: SavedProgress;
  finished: boolean;
}

/** How the quiz is to be opened: a fresh start, or a saved run (then an event from its results). */
type Opening =
  { kind: 'start'; config: QuizConfig } | { kind: 'resume'; resume: Resume; then?: QuizEvent };

type Phase =
  | { name: 'intro' }
  | { name: 'restored'; run: SavedProgress; bankChanged: boolean }
  | { name: 'loading'; opening: Opening }
  | { name: 'failed'; opening: Opening; error: string }
  | { name: 'quiz'; actor: QuizActor; module: QuizModule };

/** The screen to show, in one word. */
export type Screen =
  'intro' | 'loading' | 'failed' | 'question' | 'summary' | 'results' | 'restored' | 'progress';

export interface SessionOptions {
  index: BankIndex;
  /** The intro's choices before the person changes them (the URL's). */
  config: QuizConfig;
  /** One-time notices about this page load (ignored URL settings, a discarded save). */
  notices: string[];
  keeper: ProgressKeeper;
  /** Every finished assessment in this browser, and the reviews due: loaded when first needed. */
  history: () => Promise<History>;
  /** What the first screen says of it before it loads. */
  historyCounts: HistoryCounts;
  /** What storage held when the page opened. */
  saved: LoadedProgress;
  /** Loads the quiz chunk (XState, the machine, the question screens). */
  load: () => Promise<QuizModule>;
  /** Hears the actor before it starts: the embed bridge listens to its events. */
  onquiz?: (actor: QuizActor) => void | Promise<void>;
}

export class Session {
  #phase = $state.raw<Phase>({ name: 'intro' });
  /** An unfinished run found in storage, offered for resume on the intro. */
  offer = $state.raw<SavedProgress | null>(null);
  /** Notices about this page load; they are dropped once a check starts. */
  #pageNotices = $state.raw<string[]>([]);
  readonly keeper: ProgressKeeper;
  /** The history, once loaded (the intro shows its counts from a glance at storage until then). */
  history = $state.raw<History | null>(null);
  #historyLoad: Promise<History> | null = null;
  /** "Your progress" is open over the screen it was opened from. */
  #viewingProgress = $state(false);
  readonly #options: SessionOptions;
  readonly #subscribe: () => void;

  constructor(options: SessionOptions) {
    this.#options = options;
    this.keeper = options.keeper;
    this.#pageNotices = options.notices;
    const { saved } = options;
    if (saved.kind === 'saved' && saved.finished)
      this.#phase = { name: 'restored', run: saved.progress, bankChanged: saved.bankChanged };
    else if (saved.kind === 'saved') this.offer = saved.progress;
    // Reading `snapshot` in a template or effect subscribes to the actor, once there is one.
    this.#subscribe = createSubscriber((update) => {
      const phase = this.#phase;
      if (phase.name !== 'quiz') return;
      const subscription = phase.actor.subscribe(update);
      return () => subscription.unsubscribe();
    });
  }

  /** The quiz's snapshot once the quiz runs, else null. */
  get snapshot(): QuizSnapshot | null {
    const phase = this.#phase;
    if (phase.name !== 'quiz') return null;
    this.#subscribe();
    return phase.actor.getSnapshot();
  }

  /** The running quiz's own screens, once loaded. */
  get screens(): QuizModule['screens'] | null {
    return this.#phase.name === 'quiz' ? this.#phase.module.screens : null;
  }

  /**
   * A finished run restored from storage, shown from its answers alone (also while the quiz loads
   * to take the person on from it); else null.
   */
  get restored(): SavedProgress | null {
    const phase = this.#phase;
    if (phase.name === 'restored') return phase.run;
    if (
      phase.name === 'loading' &&
      phase.opening.kind === 'resume' &&
      phase.opening.resume.finished
    )
      return phase.opening.resume.progress;
    return null;
  }

  /** Whether the restored results were made with other questions than today's. */
  get restoredFromOtherBank(): boolean {
    return this.#phase.name === 'restored' && this.#phase.bankChanged;
  }

  /** Why the quiz (or one of its areas) could not be loaded, on the failure screen. */
  get error(): string | null {
    if (this.#phase.name === 'failed') return this.#phase.error;
    return this.snapshot?.matches('loadFailed') ? this.snapshot.context.loadError : null;
  }

  /** Which screen to show. */
  get screen(): Screen {
    const phase = this.#phase;
    if (this.#viewingProgress) return 'progress';
    if (this.restored) return 'restored';
    if (phase.name === 'loading') return 'loading';
    if (phase.name === 'failed') return 'failed';
    if (phase.name === 'intro') return 'intro';
    const snapshot = this.snapshot;
    if (!snapshot || snapshot.matches('intro')) return 'intro';
    if (snapshot.matches('loadingArea')) return 'loading';
    if (snapshot.matches('loadFailed')) return 'failed';
    if (snapshot.hasTag('question')) return 'question';
    if (snapshot.matches('areaSummary')) return 'summary';
    return 'results';
  }

  /** What the intro starts from: the last run's choices once there was one, else the URL's. */
  get config(): QuizConfig {
    return this.snapshot?.context.config ?? this.#options.config;
  }

  /** The intro's notices: this page load's, then the storage notice if saving does not work. */
  get notices(): string[] {
    const storage = this.keeper.notice;
    return storage ? [...this.#pageNotices, storage] : this.#pageNotices;
  }

  /** Fetches the quiz chunk ahead of a start, while the page is idle; a failure is retried on start. */
  prefetch(): void {
    this.#options.load().catch(() => undefined);
  }

  /** Loads the history once; every later call gets the same one. */
  loadHistory(): Promise<History> {
    this.#historyLoad ??= this.#options.history().then((history) => (this.history = history));
    // A failed load is tried again next time.
    this.#historyLoad.catch(() => (this.#historyLoad = null));
    return this.#historyLoad;
  }

  /** How many attempts are kept and reviews due: the history's, or the first glance's. */
  get historyCounts(): HistoryCounts {
    const history = this.history;
    return history
      ? { attempts: history.attempts.length, due: history.due.length }
      : this.#options.historyCounts;
  }

  /** Opens "Your progress" over the current screen. */
  openProgress(): void {
    this.#viewingProgress = true;
  }

  /** Back from "Your progress" to the screen it was opened from. */
  closeProgress(): void {
    this.#viewingProgress = false;
  }

  /**
   * Starts a check with the intro's choices (or a practice of given questions, from the progress
   * screen or the reviews due); from results, a practice of questions goes through the quiz.
   */
  start(config: QuizConfig): void {
    const phase = this.#phase;
    this.#viewingProgress = false;
    this.#pageNotices = [];
    if (config.items && (phase.name === 'restored' || this.snapshot?.hasTag('finished'))) {
      this.send({ type: 'practice.questions', areas: config.areas, items: config.items });
      return;
    }
    if (phase.name === 'quiz' && !this.snapshot?.matches('intro')) {
      // Out of a finished run (its results or review): back to the intro state, then start.
      phase.actor.send({ type: 'quiz.restart' });
    }
    if (phase.name === 'quiz') phase.actor.send({ type: 'quiz.start', config });
    else void this.#open({ kind: 'start', config });
  }

  /** Reopens the run offered on the intro where it was left. */
  resume(): void {
    const progress = this.offer;
    if (progress) void this.#open({ kind: 'resume', resume: { progress, finished: false } });
  }

  /** Sends an event to the quiz; from restored results, the quiz first reopens that finished run. */
  send = (event: QuizEvent): void => {
    const phase = this.#phase;
    if (phase.name === 'quiz') phase.actor.send(event);
    else if (phase.name === 'restored')
      void this.#open({
        kind: 'resume',
        resume: { progress: phase.run, finished: true },
        then: event
      });
  };

  /** "Try again" on the failure screen: the same opening again, or the area's load. */
  retry(): void {
    const phase = this.#phase;
    if (phase.name === 'failed') void this.#open(phase.opening);
    else if (phase.name === 'quiz') phase.actor.send({ type: 'load.retry' });
  }

  /** Back to the intro with nothing saved: the quiz restarts, or the page forgets what it restored. */
  startOver(): void {
    const phase = this.#phase;
    this.offer = null;
    // The quiz's restart is heard by the keeper, which forgets the saved run.
    if (phase.name === 'quiz') phase.actor.send({ type: 'quiz.restart' });
    else {
      this.keeper.forget();
      this.#phase = { name: 'intro' };
    }
  }

  async #open(opening: Opening): Promise<void> {
    if (this.#phase.name === 'loading') return;
    this.#phase = { name: 'loading', opening };
    try {
      // The history loads beside the quiz: a new assessment avoids the questions just seen.
      const [module, history] = await Promise.all([
        this.#options.load(),
        this.loadHistory().catch(() => null)
      ]);
      const { index } = this.#options;
      const seen = history?.seen ?? [];
      const actor =
        opening.kind === 'start'
          ? module.createQuiz(index, opening.config, undefined, seen)
          : module.createQuiz(index, opening.resume.progress.config, opening.resume, seen);
      this.keeper.attach(actor);
      if (history) module.keepHistory(actor, history);
      await this.#options.onquiz?.(actor);
      actor.start();
      if (opening.kind === 'start') actor.send({ type: 'quiz.start', config: opening.config });
      else if (opening.then) actor.send(opening.then);
      this.offer = null;
      this.#phase = { name: 'quiz', actor, module };
    } catch (error) {
      this.#phase = {
        name: 'failed',
        opening,
        error: error instanceof Error ? error.message : String(error)
      };
    }
  }
}
