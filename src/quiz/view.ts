/** View selectors: what the question screen shows, read from the run (the machine's context). */
import type { Item, Option } from './bank.ts';
import { answersIn, currentAreaId, currentItem, type Answer, type QuizContext } from './run.ts';

/** How an option reads after an answer: the key chosen or missed, a wrong choice, or nothing. */
export type Verdict = 'right-chosen' | 'right-missed' | 'wrong-chosen' | null;

export interface OptionView extends Option {
  verdict: Verdict;
}

export interface QuestionView {
  item: Item;
  /** The options in the order they are shown (the run's seeded shuffle). */
  options: OptionView[];
  /** The answer just given, while its feedback is on screen; else null. */
  answer: Answer | null;
}

/** What the screen between two areas shows. */
export interface AreaSummaryView {
  /** 1-based position of the finished area, and how many areas the run has. */
  areaNumber: number;
  areaCount: number;
  areaId: string;
  asked: number;
  right: number;
  /** The next area's id. */
  nextAreaId: string | undefined;
}

/** The area just finished and the one that comes next. */
export function areaSummaryView(context: QuizContext): AreaSummaryView {
  const areaId = currentAreaId(context);
  const done = answersIn(context, areaId);
  return {
    areaNumber: context.areaIndex + 1,
    areaCount: context.config.areas.length,
    areaId,
    asked: done.length,
    right: done.filter((answer) => answer.correct).length,
    nextAreaId: context.config.areas[context.areaIndex + 1]
  };
}

/** The verdict on one option of an answered question. */
export function verdictOf(option: Pick<Option, 'id' | 'correct'>, answer: Answer | null): Verdict {
  if (!answer) return null;
  const chosen = answer.choice?.includes(option.id) ?? false;
  if (option.correct) return chosen ? 'right-chosen' : 'right-missed';
  return chosen ? 'wrong-chosen' : null;
}

/** The question on screen; `answered` once its answer is recorded (practice feedback). */
export function questionView(context: QuizContext, answered: boolean): QuestionView | null {
  const item = currentItem(context);
  if (!item) return null;
  const answer = answered ? (context.answers.at(-1) ?? null) : null;
  const options = (context.current?.optionOrder ?? []).flatMap((id) =>
    item.options
      .filter((option) => option.id === id)
      .map((option) => ({
        ...option,
        verdict: verdictOf(option, answer)
      }))
  );
  return { item, options, answer };
}
