/**
 * How the results screen arrives: top first, one part per frame (score, chart, table, sharing,
 * actions), so no single task keeps a slow phone busy; then the questions of the areas to work on,
 * with their skills and resources (for the study plan below the fold); the explanations a moment
 * later, or at once when the review opens or a printout is asked for.
 */
import type { AreaBank, AreaDetails, ExplainedItem, Item } from '../quiz/bank.ts';
import { explainedItems } from '../quiz/review.ts';
import { afterFrames } from '../lib/frames.ts';

/** How the stages fetch an area's questions and its explanations (the bank chunks). */
export interface StageLoaders {
  bank: (areaId: string) => Promise<AreaBank>;
  details: (areaId: string) => Promise<AreaDetails>;
}

/** The parts of the results screen, top first. */
export const RESULT_PARTS = 5;
/** How long after the results are drawn the explanations are fetched, in ms. */
export const EXPLAIN_AFTER = 1500;

/** What the study plan needs: the questions of the areas to work on and their details. */
export interface Study {
  items: Item[];
  details: Record<string, AreaDetails>;
}

export class ResultsStages {
  /** How many parts are drawn. */
  shown = $state(1);
  /** The questions and details of the areas to work on, once loaded (for the study plan). */
  study = $state.raw<Study | null>(null);
  /** Every question of the run's areas with its explanation, once loaded. */
  explained = $state.raw<ExplainedItem[] | null>(null);
  readonly #loaders: StageLoaders;
  readonly #areas: readonly string[];
  readonly #focusAreas: () => readonly string[];
  #explaining: Promise<void> | null = null;

  /** `areas` are the run's; `focusAreas` names the areas to work on. */
  constructor(
    loaders: StageLoaders,
    areas: readonly string[],
    focusAreas: () => readonly string[]
  ) {
    this.#loaders = loaders;
    this.#areas = areas;
    this.#focusAreas = focusAreas;
  }

  /** Whether every part is drawn. */
  get complete(): boolean {
    return this.shown >= RESULT_PARTS;
  }

  /** Starts drawing; returns what stops it (when the screen goes). */
  start(): () => void {
    let cancel: () => void;
    const drawNext = () => {
      this.shown++;
      cancel = afterFrames(1, this.complete ? () => this.#loadStudy() : drawNext);
    };
    cancel = afterFrames(1, drawNext);
    const explanations = setTimeout(() => void this.explain(), EXPLAIN_AFTER);
    return () => {
      cancel();
      clearTimeout(explanations);
    };
  }

  /** Draws every part at once (a printout needs them all). */
  drawAll(): void {
    this.shown = RESULT_PARTS;
  }

  /** Fetches the explanations once; a failure lets the next call try again. */
  explain(): Promise<void> {
    this.#explaining ??= Promise.all(
      this.#areas.map(async (id) => {
        const [bank, details] = await Promise.all([
          this.#loaders.bank(id),
          this.#loaders.details(id)
        ]);
        return explainedItems(bank, details);
      })
    ).then(
      (areas) => void (this.explained = areas.flat()),
      () => void (this.#explaining = null)
    );
    return this.#explaining;
  }

  #loadStudy(): void {
    const areas = this.#focusAreas();
    Promise.all([
      Promise.all(areas.map((id) => this.#loaders.bank(id))),
      Promise.all(areas.map((id) => this.#loaders.details(id)))
    ]).then(
      ([banks, details]) =>
        void (this.study = {
          items: banks.flatMap((bank) => bank.items),
          details: Object.fromEntries(details.map((area) => [area.id, area]))
        }),
      () => undefined
    );
  }
}
