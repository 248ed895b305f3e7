/** A run of the quiz as plain data (the machine's context) and the pure readings of it. */
import type { BankIndex, Item } from './bank.ts';
import type { QuizConfig } from './config.ts';
import { buildResult, type Result } from './result.ts';
import type { SavedProgress } from './saved.ts';
import {
  PRIOR_ESTIMATE,
  estimateAreas,
  overallEstimate,
  type Estimate,
  type Response
} from './scoring.ts';
import { STOP_RULES } from './lengths.ts';

/** One answered question, with the area's estimate after it. */
export interface Answer {
  itemId: string;
  area: string;
  /** Chosen option ids, or null for "I don't know". */
  choice: string[] | null;
  correct: boolean;
  a: number;
  b: number;
  c: number;
  theta: number;
  se: number;
}

export interface CurrentQuestion {
  itemId: string;
  /** Option ids in the seeded shuffled order they are shown in. */
  optionOrder: string[];
}

export interface QuizContext {
  index: BankIndex;
  config: QuizConfig;
  today: number;
  /**
   * The scoring model's correlation between areas for this run (the bank's, when it started);
   * undefined for a run saved before the higher-order model, which each area scores alone.
   */
  rho?: number | undefined;
  rng: number;
  areaIndex: number;
  /** The loaded bank of the current area. */
  bank: Item[];
  /** Practice mode: the current area's item ids in a seeded shuffled order. */
  queue: string[];
  current: CurrentQuestion | null;
  answers: Answer[];
  /** Why the last area failed to load. */
  loadError: string | null;
  /**
   * While a finished assessment asks more questions in one area ("Sharpen this area"): that area
   * and how many of its questions it will have asked at most; null otherwise. Not saved: a reload
   * shows the results with the answers given so far.
   */
  sharpen: { areaId: string; until: number } | null;
  /**
   * Questions asked in the person's recent attempts (from their history): an assessment prefers
   * others of nearly the same information. Not saved: a reopened run is given them again.
   */
  seen: readonly string[];
}

export type QuizEvent =
  | { type: 'quiz.start'; config: QuizConfig }
  | { type: 'answer.submit'; optionIds: string[] }
  | { type: 'answer.unknown' }
  | { type: 'question.next' }
  | { type: 'area.next' }
  | { type: 'load.retry' }
  | { type: 'quiz.review' }
  | { type: 'review.close' }
  | { type: 'practice.area'; areaId: string }
  /** Practice of given questions (what was missed), area by area in the order given. */
  | { type: 'practice.questions'; areas: string[]; items: string[] }
  | { type: 'area.sharpen'; areaId: string }
  | { type: 'quiz.finish' }
  | { type: 'quiz.restart' };

/**
 * What the quiz tells its listeners (storage, the embed bridge) with `actor.on`: the domain's own
 * events, each with what a listener needs, so no one compares snapshots to guess what happened.
 */
export type QuizEmitted =
  /** A check started from the intro. */
  | { type: 'quiz.started'; config: QuizConfig }
  /** A practice session of one area started from the results. */
  | { type: 'practice.started'; config: QuizConfig }
  /** A question is on screen (its option order is part of the progress). */
  | { type: 'question.asked'; progress: SavedProgress; finished: boolean }
  | { type: 'answer.recorded'; progress: SavedProgress; finished: boolean }
  | { type: 'area.finished'; areaId: string; progress: SavedProgress }
  /**
   * The last area finished, or the person finished early: the run's result, once per run
   * (reopening a finished run is not one).
   */
  | { type: 'quiz.completed'; mode: QuizConfig['mode']; result: Result; progress: SavedProgress }
  /** More questions in one area of a finished assessment changed its result. */
  | { type: 'quiz.sharpened'; areaId: string; result: Result; progress: SavedProgress }
  /** Back to the intro: the run is dropped. */
  | { type: 'quiz.restarted' };

/**
 * How many questions an area asks at most: the length's maximum, or the bank's size if smaller; in
 * a practice of given questions, as many of them as the area holds.
 */
export function areaLimit(context: Pick<QuizContext, 'config' | 'bank' | 'queue'>): number {
  if (context.config.items) return context.queue.length || Infinity;
  return Math.min(STOP_RULES[context.config.length].max, context.bank.length || Infinity);
}

export { currentAreaId, currentItem } from './current.ts';

/** The answers given in one area. */
export function answersIn(context: Pick<QuizContext, 'answers'>, areaId: string): Answer[] {
  return context.answers.filter((answer) => answer.area === areaId);
}

/** What the estimates of a run are read from. */
type ScoredRun = Pick<QuizContext, 'config' | 'answers' | 'rho'>;

/** The responses of each of the run's areas, in the run's area order. */
function responsesByArea(run: ScoredRun): Response[][] {
  return run.config.areas.map((id) =>
    answersIn(run, id).map(({ a, b, c, correct }) => ({ a, b, c, correct }))
  );
}

/** Every area's estimate under the higher-order model, computed once per list of answers. */
const estimates = new WeakMap<readonly Answer[], Map<number, Estimate[]>>();
function estimatesOf(run: ScoredRun & { rho: number }): Estimate[] {
  let byRho = estimates.get(run.answers);
  if (!byRho) estimates.set(run.answers, (byRho = new Map()));
  let found = byRho.get(run.rho);
  if (!found) byRho.set(run.rho, (found = estimateAreas(responsesByArea(run), run.rho).areas));
  return found;
}

/**
 * The ability estimate of an area: under the higher-order model, from every area's answers (an
 * area with none gets the others' prediction); for a run saved before it, the one recorded with the
 * area's last answer, or the prior.
 */
export function areaEstimate(context: ScoredRun, areaId: string): Estimate {
  if (context.rho !== undefined) {
    const at = context.config.areas.indexOf(areaId);
    return (
      (at >= 0 ? estimatesOf({ ...context, rho: context.rho })[at] : undefined) ?? PRIOR_ESTIMATE
    );
  }
  const last = context.answers.findLast((answer) => answer.area === areaId);
  return last ? { theta: last.theta, se: last.se } : PRIOR_ESTIMATE;
}

/** What a finished run's results are read from: the saved answers are enough, no bank. */
export type FinishedRun = Pick<QuizContext, 'index' | 'config' | 'today' | 'answers' | 'rho'>;

/** The Result of a finished assessment (its overall a real interval under the higher-order model). */
export function resultOf(run: FinishedRun): Result {
  const areas = run.config.areas.flatMap((id) => {
    const info = run.index.areas.find((area) => area.id === id);
    return info
      ? [{ info, estimate: areaEstimate(run, id), asked: answersIn(run, id).length }]
      : [];
  });
  const overallSd =
    run.rho === undefined
      ? null
      : overallEstimate(
          responsesByArea(run).filter((_, k) =>
            run.index.areas.some((a) => a.id === run.config.areas[k])
          ),
          areas.map(({ info }) => info.weight),
          run.rho
        ).sd;
  return buildResult({
    bankHash: run.index.hash,
    length: run.config.length,
    day: run.today,
    areas: run.rho === undefined ? areas.map(({ info, estimate }) => ({ info, estimate })) : areas,
    overallSd
  });
}
