/** A run of the quiz as plain data (the machine's context) and the pure readings of it. */
import type { BankIndex, Item } from './bank.ts';
import type { QuizConfig } from './config.ts';
import { buildResult, type Result } from './result.ts';
import type { SavedProgress } from './saved.ts';
import { PRIOR_ESTIMATE, type Estimate } from './scoring.ts';

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
}

export type QuizEvent =
  | { type: 'quiz.start'; config: QuizConfig }
  | { type: 'quiz.resume'; saved: SavedProgress; finished: boolean }
  | { type: 'answer.submit'; optionIds: string[] }
  | { type: 'answer.unknown' }
  | { type: 'question.next' }
  | { type: 'area.next' }
  | { type: 'load.retry' }
  | { type: 'quiz.review' }
  | { type: 'review.close' }
  | { type: 'practice.area'; areaId: string }
  | { type: 'quiz.restart' };

/** The id of the area being asked. */
export function currentAreaId(context: QuizContext): string {
  return context.config.areas[context.areaIndex] ?? '';
}

/** The current question's item. */
export function currentItem(context: QuizContext): Item | undefined {
  return context.bank.find((item) => item.id === context.current?.itemId);
}

/** The answers given in one area. */
export function answersIn(context: Pick<QuizContext, 'answers'>, areaId: string): Answer[] {
  return context.answers.filter((answer) => answer.area === areaId);
}

/** The ability estimate of an area: the one recorded with its last answer, or the prior. */
export function areaEstimate(context: Pick<QuizContext, 'answers'>, areaId: string): Estimate {
  const last = context.answers.findLast((answer) => answer.area === areaId);
  return last ? { theta: last.theta, se: last.se } : PRIOR_ESTIMATE;
}

/** What a finished run's results are read from: the saved answers are enough, no bank. */
export type FinishedRun = Pick<QuizContext, 'index' | 'config' | 'today' | 'answers'>;

/** The Result of a finished assessment. */
export function resultOf(run: FinishedRun): Result {
  return buildResult({
    bankHash: run.index.hash,
    length: run.config.length,
    day: run.today,
    areas: run.config.areas.flatMap((id) => {
      const info = run.index.areas.find((area) => area.id === id);
      return info ? [{ info, estimate: areaEstimate(run, id) }] : [];
    })
  });
}
