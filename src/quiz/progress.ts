/** Progress and time estimates shown on screen, derived from the machine's context. */
import { answersIn, areaLimit, currentAreaId, type QuizContext } from './run.ts';

export interface Progress {
  areaNumber: number;
  areaCount: number;
  areaId: string;
  /** 1-based number of the question on screen within its area. */
  questionNumber: number;
  /** The most questions this area can ask. */
  questionMax: number;
  /** Share of the whole check done, 0 to 1. */
  fraction: number;
}

/** Where the person is: area x of n, question k of at most m, and the share done. */
export function progressOf(context: QuizContext, answeredCurrent: boolean): Progress {
  const areaId = currentAreaId(context);
  const asked = answersIn(context, areaId).length;
  const questionMax = areaLimit(context);
  const questionNumber = answeredCurrent ? asked : asked + 1;
  const areaCount = context.config.areas.length;
  const fraction =
    (context.areaIndex + Math.min(1, asked / Math.max(1, questionMax))) / Math.max(1, areaCount);
  return {
    areaNumber: context.areaIndex + 1,
    areaCount,
    areaId,
    questionNumber,
    questionMax,
    fraction
  };
}
