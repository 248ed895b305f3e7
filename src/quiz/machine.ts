/** The quiz flow (docs/design.md §4): one machine; scoring, selection and results are pure modules. */
import { and, assertEvent, assign, emit, fromPromise, setup } from 'xstate';
import { shuffle } from '../lib/random.ts';
import { candidateOf, isCorrectChoice, itemParams, type AreaBank, type BankIndex } from './bank.ts';
import { isValidConfig, type QuizConfig } from './config.ts';
import { rulesOf } from './question-types.ts';
import {
  answersIn,
  areaEstimate,
  areaLimit,
  currentAreaId,
  currentItem,
  resultOf,
  type Answer,
  type QuizContext,
  type QuizEmitted,
  type QuizEvent
} from './run.ts';
import { savedProgressOf, type SavedProgress } from './saved.ts';
import { estimateAbility } from './scoring.ts';
import { SHARPEN_QUESTIONS, STOP_RULES } from './lengths.ts';
import { areaDone, nextItem } from './select.ts';

export { SHARPEN_QUESTIONS };

export interface QuizInput {
  index: BankIndex;
  config: QuizConfig;
  seed: number;
  /** Today as a UTC day number: the clock comes in through input. */
  today: number;
  /** A saved run to reopen (validated by parseSavedProgress): the quiz starts inside it. */
  resume?: { progress: SavedProgress; finished: boolean };
  /** Questions of the person's recent attempts, which a new assessment avoids while it can. */
  seen?: readonly string[];
}

/** The run a machine was created to reopen, read from its init event; null for a fresh quiz. */
function resumeOf(event: { type: string }): QuizInput['resume'] | null {
  const input = (event as { input?: QuizInput }).input;
  if (event.type !== 'xstate.init' || !input?.resume) return null;
  const { config, areaIndex } = input.resume.progress;
  const areaIds = input.index.areas.map((area) => area.id);
  return isValidConfig(config, areaIds) && areaIndex >= 0 && areaIndex < config.areas.length
    ? input.resume
    : null;
}

function areaFinished(context: QuizContext): boolean {
  const area = currentAreaId(context);
  const asked = answersIn(context, area);
  const askedIds = new Set(asked.map((answer) => answer.itemId));
  if (context.config.mode === 'practice') {
    const left = context.queue.filter((id) => !askedIds.has(id)).length;
    return left === 0 || asked.length >= areaLimit(context);
  }
  const remaining = context.bank.filter((item) => !askedIds.has(item.id)).length;
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
    sharpen: null,
    rng: context.rng,
    rho: context.index.rho,
    // An assessment just finished is a recent attempt too: a retake in the same session avoids it.
    seen:
      context.config.mode === 'assessment' && context.answers.length > 0
        ? [...new Set([...context.answers.map((answer) => answer.itemId), ...context.seen])]
        : context.seen
  };
}

export const quizMachine = setup({
  types: {
    context: {} as QuizContext,
    events: {} as QuizEvent,
    input: {} as QuizInput,
    emitted: {} as QuizEmitted
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
    reopensFinishedRun: ({ event }) => resumeOf(event)?.finished === true,
    reopensRun: ({ event }) => resumeOf(event) !== null,
    isValidChoice: ({ context, event }) => {
      assertEvent(event, 'answer.submit');
      const item = currentItem(context);
      return item !== undefined && rulesOf(item.type)?.isComplete(item, event.optionIds) === true;
    },
    isKnownArea: ({ context, event }) => {
      assertEvent(event, 'practice.area');
      return context.index.areas.some((area) => area.id === event.areaId);
    },
    isValidQuestionPractice: ({ context, event }) => {
      assertEvent(event, 'practice.questions');
      return isValidConfig(
        { mode: 'practice', length: context.config.length, areas: event.areas, items: event.items },
        context.index.areas.map((area) => area.id)
      );
    },
    isPractice: ({ context }) => context.config.mode === 'practice',
    isAssessment: ({ context }) => context.config.mode === 'assessment',
    canSharpen: ({ context, event }) => {
      assertEvent(event, 'area.sharpen');
      const info = context.index.areas.find((area) => area.id === event.areaId);
      return (
        context.config.mode === 'assessment' &&
        context.config.areas.includes(event.areaId) &&
        info !== undefined &&
        answersIn(context, event.areaId).length < info.itemCount
      );
    },
    isSharpening: ({ context }) => context.sharpen !== null,
    isSharpened: ({ context }) => {
      const { sharpen } = context;
      if (!sharpen) return false;
      const asked = answersIn(context, sharpen.areaId);
      const askedIds = new Set(asked.map((answer) => answer.itemId));
      const remaining = context.bank.filter((item) => !askedIds.has(item.id)).length;
      return asked.length >= sharpen.until || remaining === 0;
    },
    isAreaFinished: ({ context }) => areaFinished(context),
    isLastArea: ({ context }) => context.areaIndex >= context.config.areas.length - 1
  },
  actions: {
    startRun: assign(({ context, event }) => {
      assertEvent(event, 'quiz.start');
      return freshRun(context, event.config);
    }),
    restoreRun: assign(({ event }) => {
      const resume = resumeOf(event);
      // A run saved before the higher-order model has no ρ: it keeps scoring each area alone.
      return resume
        ? { ...resume.progress, rho: resume.progress.rho, bank: [], loadError: null }
        : {};
    }),
    startPracticeArea: assign(({ context, event }) => {
      assertEvent(event, 'practice.area');
      return freshRun(context, {
        mode: 'practice',
        length: context.config.length,
        areas: [event.areaId]
      });
    }),
    startQuestionPractice: assign(({ context, event }) => {
      assertEvent(event, 'practice.questions');
      return freshRun(context, {
        mode: 'practice',
        length: context.config.length,
        areas: [...event.areas],
        items: [...event.items]
      });
    }),
    resetRun: assign(({ context }) => freshRun(context, context.config)),
    emitStarted: emit(({ context }) => ({ type: 'quiz.started' as const, config: context.config })),
    emitPracticeStarted: emit(({ context }) => ({
      type: 'practice.started' as const,
      config: context.config
    })),
    emitAsked: emit(({ context }) => ({
      type: 'question.asked' as const,
      progress: savedProgressOf(context),
      finished: context.sharpen !== null
    })),
    emitAnswered: emit(({ context }) => ({
      type: 'answer.recorded' as const,
      progress: savedProgressOf(context),
      finished: context.sharpen !== null
    })),
    emitSharpened: emit(({ context }) => ({
      type: 'quiz.sharpened' as const,
      areaId: context.sharpen?.areaId ?? '',
      result: resultOf(context),
      progress: savedProgressOf(context)
    })),
    startSharpen: assign(({ context, event }) => {
      assertEvent(event, 'area.sharpen');
      return {
        areaIndex: context.config.areas.indexOf(event.areaId),
        bank: [],
        current: null,
        sharpen: {
          areaId: event.areaId,
          until: answersIn(context, event.areaId).length + SHARPEN_QUESTIONS
        }
      };
    }),
    endSharpen: assign({
      sharpen: null,
      areaIndex: ({ context }) => context.config.areas.length - 1
    }),
    emitAreaFinished: emit(({ context }) => ({
      type: 'area.finished' as const,
      areaId: currentAreaId(context),
      progress: savedProgressOf(context)
    })),
    emitCompleted: emit(({ context }) => ({
      type: 'quiz.completed' as const,
      mode: context.config.mode,
      result: resultOf(context),
      progress: savedProgressOf(context)
    })),
    emitRestarted: emit({ type: 'quiz.restarted' as const }),
    takeBank: assign(({ context }, bank: AreaBank) => {
      // A practice of given questions takes only those of this area.
      const wanted = context.config.items;
      const ids = bank.items
        .map((item) => item.id)
        .filter((id) => context.config.mode !== 'practice' || !wanted || wanted.includes(id));
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
        const picked = nextItem({
          bank: context.bank.map(candidateOf),
          asked: answersIn(context, area).map((answer) => answer.itemId),
          theta: areaEstimate(context, area).theta,
          rng,
          seen: context.seen.length > 0 ? new Set(context.seen) : undefined
        });
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
      // Each answer keeps its area's estimate just after it (what the area stood at then).
      const answered = { itemId: item.id, area: item.area, choice, ...response };
      const tentative = [...context.answers, { ...answered, theta: 0, se: 0 }];
      const estimate =
        context.rho === undefined
          ? estimateAbility([...answersIn(context, item.area), response])
          : areaEstimate({ ...context, answers: tentative }, item.area);
      const answer: Answer = { ...answered, ...estimate };
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
    rho: input.index.rho,
    areaIndex: 0,
    bank: [],
    queue: [],
    current: null,
    answers: [],
    loadError: null,
    sharpen: null,
    seen: input.seen ?? []
  }),
  // A quiz created with a saved run starts inside it: on its results when it had finished (they need
  // only its answers, not a bank), else back in its area; otherwise on the intro.
  initial: 'opening',
  on: {
    'quiz.restart': { target: '.intro', actions: ['resetRun', 'emitRestarted'] }
  },
  states: {
    opening: {
      always: [
        { guard: 'reopensFinishedRun', target: 'results', actions: 'restoreRun' },
        { guard: 'reopensRun', target: 'loadingArea', actions: 'restoreRun' },
        { target: 'intro' }
      ]
    },
    intro: {
      on: {
        'quiz.start': {
          guard: 'isValidStart',
          target: 'loadingArea',
          actions: ['startRun', 'emitStarted']
        }
      }
    },
    loadingArea: {
      tags: ['busy', 'running'],
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
      tags: ['running'],
      on: {
        'load.retry': 'loadingArea',
        'quiz.finish': [
          { guard: 'isSharpening', target: 'results', actions: ['emitSharpened', 'endSharpen'] },
          { guard: 'isAssessment', target: 'results', actions: 'emitCompleted' }
        ]
      }
    },
    asking: {
      tags: ['question', 'running'],
      on: {
        // "Finish now": the scores from what was answered, with the wider ranges that follow.
        'quiz.finish': [
          { guard: 'isSharpening', target: 'results', actions: ['emitSharpened', 'endSharpen'] },
          { guard: 'isAssessment', target: 'results', actions: 'emitCompleted' }
        ],
        'answer.submit': [
          {
            guard: and(['isValidChoice', 'isPractice']),
            target: 'feedback',
            actions: ['recordAnswer', 'emitAnswered']
          },
          { guard: 'isValidChoice', target: 'nextStep', actions: ['recordAnswer', 'emitAnswered'] }
        ],
        'answer.unknown': [
          { guard: 'isPractice', target: 'feedback', actions: ['recordAnswer', 'emitAnswered'] },
          { target: 'nextStep', actions: ['recordAnswer', 'emitAnswered'] }
        ]
      }
    },
    feedback: {
      tags: ['question', 'running'],
      on: { 'question.next': 'nextStep' }
    },
    nextStep: {
      always: [
        {
          guard: 'isSharpened',
          target: 'results',
          actions: ['emitSharpened', 'endSharpen']
        },
        { guard: 'isSharpening', target: 'asking', actions: ['pickNextItem', 'emitAsked'] },
        {
          guard: and(['isLastArea', 'isAreaFinished']),
          target: 'results',
          actions: ['emitAreaFinished', 'emitCompleted']
        },
        { guard: 'isAreaFinished', target: 'areaSummary', actions: 'emitAreaFinished' },
        { target: 'asking', actions: ['pickNextItem', 'emitAsked'] }
      ]
    },
    areaSummary: {
      tags: ['running'],
      on: {
        'area.next': { target: 'loadingArea', actions: 'advanceArea' },
        'quiz.finish': [
          { guard: 'isSharpening', target: 'results', actions: ['emitSharpened', 'endSharpen'] },
          { guard: 'isAssessment', target: 'results', actions: 'emitCompleted' }
        ]
      }
    },
    results: {
      tags: ['finished'],
      on: {
        'quiz.review': 'review',
        'area.sharpen': { guard: 'canSharpen', target: 'loadingArea', actions: 'startSharpen' },
        'practice.area': {
          guard: 'isKnownArea',
          target: 'loadingArea',
          actions: ['startPracticeArea', 'emitPracticeStarted']
        },
        'practice.questions': {
          guard: 'isValidQuestionPractice',
          target: 'loadingArea',
          actions: ['startQuestionPractice', 'emitPracticeStarted']
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
          actions: ['startPracticeArea', 'emitPracticeStarted']
        },
        'practice.questions': {
          guard: 'isValidQuestionPractice',
          target: 'loadingArea',
          actions: ['startQuestionPractice', 'emitPracticeStarted']
        }
      }
    }
  }
});
