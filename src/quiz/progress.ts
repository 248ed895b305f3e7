/** Progress and time estimates shown on screen, derived from the machine's context. */
import { answersIn, areaLimit, currentAreaId, type QuizContext } from './run.ts';
import { STOP_RULES } from './lengths.ts';

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
  /** About how many minutes are left at most: the questions still to come at most, at their areas' pace. */
  minutesLeft: number;
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
  const secondsOf = (id: string | undefined) =>
    context.index.areas.find((area) => area.id === id)?.seconds ?? 0;
  const later = context.config.areas.slice(context.areaIndex + 1);
  const rule = STOP_RULES[context.config.length];
  const secondsLeft =
    Math.max(0, questionMax - questionNumber + (answeredCurrent ? 0 : 1)) * secondsOf(areaId) +
    later.reduce((sum, id) => sum + rule.max * secondsOf(id), 0);
  return {
    minutesLeft: Math.ceil(secondsLeft / 60),
    areaNumber: context.areaIndex + 1,
    areaCount,
    areaId,
    questionNumber,
    questionMax,
    fraction
  };
}
