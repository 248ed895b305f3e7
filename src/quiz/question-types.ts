/**
 * What each question type means, in one place: how an authored question of the type is validated
 * (at build time), how many options the person chooses, which answers are complete, and its
 * guessing parameter. A new type is one entry here plus its answer control (src/ui/answer-inputs.ts).
 * Whether an answer is right is the same for every type: exactly the key's options.
 */

/** The shape of an option that the rules need. */
interface OptionShape {
  id: string;
  correct?: boolean;
}

/** The shape of a question that the rules need: its options and, where the type has one, its count. */
export interface QuestionShape {
  options: readonly OptionShape[];
  /** How many options to choose (multiple-answer questions state it). */
  choose?: number | undefined;
}

/** A problem with an authored question: the field it is in and what is wrong. */
export interface TypeIssue {
  path: (string | number)[];
  message: string;
}

export interface QuestionTypeRules {
  /** Checks an authored question of this type (the schema checks each field's own shape). */
  validate: (question: QuestionShape) => TypeIssue[];
  /** How many options the person chooses. */
  choose: (question: QuestionShape) => number;
  /** Whether a choice of option ids can be submitted: the right count of known, distinct ids. */
  isComplete: (question: QuestionShape, chosen: readonly string[]) => boolean;
  /** The 3PL guessing parameter c: the chance of a right answer by a blind guess. */
  guessing: (question: QuestionShape) => number;
}

const correctCount = (question: QuestionShape) =>
  question.options.filter((option) => option.correct === true).length;

/** n choose k. */
export function combinations(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return Math.round(result);
}

/** Whether ids are distinct options of the question, `count` of them. */
function isChoiceOf(question: QuestionShape, chosen: readonly string[], count: number): boolean {
  return (
    chosen.length === count &&
    new Set(chosen).size === chosen.length &&
    chosen.every((id) => question.options.some((option) => option.id === id))
  );
}

export const QUESTION_TYPES = {
  /** One best answer among the options. */
  single: {
    validate: (question) => {
      const correct = correctCount(question);
      const issues: TypeIssue[] = [];
      if (correct !== 1)
        issues.push({
          path: ['options'],
          message: `a single-answer question needs exactly one correct option (found ${correct})`
        });
      if (question.choose !== undefined)
        issues.push({ path: ['choose'], message: 'is only for multiple-answer questions' });
      return issues;
    },
    choose: () => 1,
    isComplete: (question, chosen) => isChoiceOf(question, chosen, 1),
    guessing: (question) => 1 / question.options.length
  },
  /**
   * A stated number of right answers ("Choose 2", as certification exams do), right only when
   * exactly those are chosen; a blind guess of k among n is right once in C(n, k).
   */
  multiple: {
    validate: (question) => {
      const correct = correctCount(question);
      const issues: TypeIssue[] = [];
      if (correct < 2 || correct === question.options.length)
        issues.push({
          path: ['options'],
          message: `a multiple-answer question needs at least two correct options and one wrong (found ${correct} of ${question.options.length} correct)`
        });
      if (question.choose !== correct)
        issues.push({
          path: ['choose'],
          message:
            question.choose === undefined
              ? `is required on a multiple-answer question: how many to choose (its key has ${correct})`
              : `says ${question.choose} but the key has ${correct} correct options`
        });
      return issues;
    },
    choose: (question) => question.choose ?? correctCount(question),
    isComplete: (question, chosen) =>
      isChoiceOf(question, chosen, question.choose ?? correctCount(question)),
    guessing: (question) =>
      1 / combinations(question.options.length, question.choose ?? correctCount(question))
  }
} as const satisfies Record<string, QuestionTypeRules>;

export type QuestionType = keyof typeof QUESTION_TYPES;
export const QUESTION_TYPE_NAMES = /* @__PURE__ */ Object.keys(QUESTION_TYPES) as QuestionType[];

/** The rules of a type; `registry` lets a test add a type of its own. */
export function rulesOf(
  type: string,
  registry: Readonly<Record<string, QuestionTypeRules>> = QUESTION_TYPES
): QuestionTypeRules | undefined {
  return Object.hasOwn(registry, type) ? registry[type] : undefined;
}
