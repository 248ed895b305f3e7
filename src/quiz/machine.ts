/** The quiz flow of DESIGN.md §5: one machine; scoring, selection and results are pure modules. */
import { and, assertEvent, assign, fromPromise, setup } from 'xstate';
import { shuffle } from '../lib/random.ts';
import { isCorrectChoice, itemParams, type AreaBank, type BankIndex, type Item } from './bank.ts';
import { isValidConfig, type QuizConfig } from './config.ts';
import { buildResult, type Result } from './result.ts';
import type { SavedProgress } from './saved.ts';
import { PRIOR_ESTIMATE, estimateAbility, type Estimate } from './scoring.ts';
import { STOP_RULES, areaDone, nextItem } from './select.ts';

export interface QuizInput {
  index: BankIndex;
  config: QuizConfig;
  seed: number;
  /** Today as a UTC day number: the clock comes in through input. */
  today: number;
}

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
  | { type: 'quiz.resume'; saved: SavedProgress }
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
export function answersIn(context: QuizContext, areaId: string): Answer[] {
  return context.answers.filter((answer) => answer.area === areaId);
}

/** The ability estimate of an area: the one recorded with its last answer, or the prior. */
export function areaEstimate(context: QuizContext, areaId: string): Estimate {
  const last = context.answers.findLast((answer) => answer.area === areaId);
  return last ? { theta: last.theta, se: last.se } : PRIOR_ESTIMATE;
}

/** How many questions an area asks at most: the length's maximum, or the bank's size if smaller. */
export function areaLimit(context: QuizContext): number {
  return Math.min(STOP_RULES[context.config.length].max, context.bank.length || Infinity);
}

/** The Result of a finished assessment. */
export function resultOf(context: QuizContext): Result {
  return buildResult({
    bankHash: context.index.hash,
    length: context.config.length,
    day: context.today,
    areas: context.config.areas.flatMap((id) => {
      const info = context.index.areas.find((area) => area.id === id);
      return info ? [{ info, estimate: areaEstimate(context, id) }] : [];
    })
  });
}

function areaFinished(context: QuizContext): boolean {
  const area = currentAreaId(context);
  const asked = answersIn(context, area);
  const askedIds = new Set(asked.map((answer) => answer.itemId));
  const remaining = context.bank.filter((item) => !askedIds.has(item.id)).length;
  if (context.config.mode === 'practice')
    return remaining === 0 || asked.length >= areaLimit(context);
  return areaDone(
    STOP_RULES[context.config.length],
    asked.length,
    areaEstimate(context, area).se,
    remaining
  );
}

function freshRun(context: QuizContext, config: QuizConfig): Partial<QuizContext> {
  return {
    config,
    areaIndex: 0,
    bank: [],
    queue: [],
    current: null,
    answers: [],
    loadError: null,
    rng: context.rng
  };
}

export const quizMachine = setup({
  types: {
    context: {} as QuizContext,
    events: {} as QuizEvent,
    input: {} as QuizInput
  },
  actors: {
    /** Loads one area's bank chunk; the app provides the real loader with `.provide()`. */
    loadArea: fromPromise<AreaBank, { areaId: string }>(async ({ input }) => {
      throw new Error(`no loader provided for area ${input.areaId}`);
    })
  },
  guards: {
    isValidStart: ({ context, event }) => {
      assertEvent(event, 'quiz.start');
      return isValidConfig(
        event.config,
        context.index.areas.map((area) => area.id)
      );
    },
    isValidResume: ({ context, event }) => {
      assertEvent(event, 'quiz.resume');
      const { config, areaIndex } = event.saved;
      const areaIds = context.index.areas.map((area) => area.id);
      return isValidConfig(config, areaIds) && areaIndex >= 0 && areaIndex < config.areas.length;
    },
    isValidChoice: ({ context, event }) => {
      assertEvent(event, 'answer.submit');
      const item = currentItem(context);
      if (!item || event.optionIds.length === 0) return false;
      if (new Set(event.optionIds).size !== event.optionIds.length) return false;
      if (item.type === 'single' && event.optionIds.length !== 1) return false;
      return event.optionIds.every((id) => item.options.some((option) => option.id === id));
    },
    isKnownArea: ({ context, event }) => {
      assertEvent(event, 'practice.area');
      return context.index.areas.some((area) => area.id === event.areaId);
    },
    isPractice: ({ context }) => context.config.mode === 'practice',
    isAreaFinished: ({ context }) => areaFinished(context),
    isLastArea: ({ context }) => context.areaIndex >= context.config.areas.length - 1
  },
  actions: {
    startRun: assign(({ context, event }) => {
      assertEvent(event, 'quiz.start');
      return freshRun(context, event.config);
    }),
    restoreRun: assign(({ event }) => {
      assertEvent(event, 'quiz.resume');
      return { ...event.saved, bank: [], loadError: null };
    }),
    startPracticeArea: assign(({ context, event }) => {
      assertEvent(event, 'practice.area');
      return freshRun(context, {
        mode: 'practice',
        length: context.config.length,
        areas: [event.areaId]
      });
    }),
    resetRun: assign(({ context }) => freshRun(context, context.config)),
    takeBank: assign(({ context }, bank: AreaBank) => {
      const ids = bank.items.map((item) => item.id);
      // A resumed practice run keeps its order when it still matches the bank.
      const keepQueue =
        context.queue.length === ids.length && ids.every((id) => context.queue.includes(id));
      const [shuffled, rng] = keepQueue ? [context.queue, context.rng] : shuffle(ids, context.rng);
      const item = bank.items.find((candidate) => candidate.id === context.current?.itemId);
      const order = context.current?.optionOrder ?? [];
      const currentFits =
        item !== undefined &&
        order.length === item.options.length &&
        item.options.every((option) => order.includes(option.id));
      return {
        bank: bank.items,
        queue: context.config.mode === 'practice' ? shuffled : [],
        current: currentFits ? context.current : null,
        rng,
        loadError: null
      };
    }),
    noteLoadError: assign((_, error: unknown) => ({
      loadError: error instanceof Error ? error.message : String(error)
    })),
    advanceArea: assign(({ context }) => ({
      areaIndex: context.areaIndex + 1,
      bank: [],
      queue: [],
      current: null
    })),
    pickNextItem: assign(({ context }) => {
      const area = currentAreaId(context);
      const askedIds = new Set(answersIn(context, area).map((answer) => answer.itemId));
      // A question on screen when the page was reloaded is asked again, not replaced.
      if (context.current && !askedIds.has(context.current.itemId) && currentItem(context))
        return {};
      let rng = context.rng;
      let itemId: string | undefined;
      if (context.config.mode === 'practice') {
        itemId = context.queue.find((id) => !askedIds.has(id));
      } else {
        const candidates = context.bank.map((item) => ({ id: item.id, ...itemParams(item) }));
        const picked = nextItem(candidates, askedIds, areaEstimate(context, area).theta, rng);
        itemId = picked?.id;
        rng = picked?.rng ?? rng;
      }
      const item = context.bank.find((candidate) => candidate.id === itemId);
      if (!item) return { current: null, rng };
      const [optionOrder, next] = shuffle(
        item.options.map((option) => option.id),
        rng
      );
      return { current: { itemId: item.id, optionOrder }, rng: next };
    }),
    recordAnswer: assign(({ context, event }) => {
      assertEvent(event, ['answer.submit', 'answer.unknown']);
      const item = currentItem(context);
      if (!item) return {};
      const choice = event.type === 'answer.submit' ? [...event.optionIds] : null;
      const correct = choice !== null && isCorrectChoice(item, choice);
      const response = { ...itemParams(item), correct };
      const previous = answersIn(context, item.area);
      const estimate = estimateAbility([...previous, response]);
      const answer: Answer = { itemId: item.id, area: item.area, choice, ...response, ...estimate };
      return { answers: [...context.answers, answer] };
    })
  }
}).createMachine({
  id: 'quiz',
  context: ({ input }) => ({
    index: input.index,
    config: input.config,
    today: input.today,
    rng: input.seed | 0,
    areaIndex: 0,
    bank: [],
    queue: [],
    current: null,
    answers: [],
    loadError: null
  }),
  initial: 'intro',
  on: {
    'quiz.restart': { target: '.intro', actions: 'resetRun' }
  },
  states: {
    intro: {
      on: {
        'quiz.start': { guard: 'isValidStart', target: 'loadingArea', actions: 'startRun' },
        'quiz.resume': { guard: 'isValidResume', target: 'loadingArea', actions: 'restoreRun' }
      }
    },
    loadingArea: {
      tags: ['busy'],
      invoke: {
        id: 'loadArea',
        src: 'loadArea',
        input: ({ context }) => ({ areaId: currentAreaId(context) }),
        onDone: {
          target: 'nextStep',
          actions: { type: 'takeBank', params: ({ event }) => event.output }
        },
        onError: {
          target: 'loadFailed',
          actions: {
            type: 'noteLoadError',
            params: ({ event }: { event: { error: unknown } }) => event.error
          }
        }
      }
    },
    loadFailed: {
      on: { 'load.retry': 'loadingArea' }
    },
    asking: {
      tags: ['question'],
      on: {
        'answer.submit': [
          {
            guard: and(['isValidChoice', 'isPractice']),
            target: 'feedback',
            actions: 'recordAnswer'
          },
          { guard: 'isValidChoice', target: 'nextStep', actions: 'recordAnswer' }
        ],
        'answer.unknown': [
          { guard: 'isPractice', target: 'feedback', actions: 'recordAnswer' },
          { target: 'nextStep', actions: 'recordAnswer' }
        ]
      }
    },
    feedback: {
      tags: ['question'],
      on: { 'question.next': 'nextStep' }
    },
    nextStep: {
      always: [
        { guard: and(['isLastArea', 'isAreaFinished']), target: 'results' },
        { guard: 'isAreaFinished', target: 'areaSummary' },
        { target: 'asking', actions: 'pickNextItem' }
      ]
    },
    areaSummary: {
      on: { 'area.next': { target: 'loadingArea', actions: 'advanceArea' } }
    },
    results: {
      tags: ['finished'],
      on: {
        'quiz.review': 'review',
        'practice.area': {
          guard: 'isKnownArea',
          target: 'loadingArea',
          actions: 'startPracticeArea'
        }
      }
    },
    review: {
      tags: ['finished'],
      on: {
        'review.close': 'results',
        'practice.area': {
          guard: 'isKnownArea',
          target: 'loadingArea',
          actions: 'startPracticeArea'
        }
      }
    }
  }
});
