import { describe, expect, it } from 'vitest';
import {
  createActor,
  fromPromise,
  initialTransition,
  transition,
  waitFor,
  type SnapshotFrom
} from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { syntheticBank, syntheticIndex } from '../build/synthetic.ts';
import type { AreaBank } from './bank.ts';
import type { QuizConfig } from './config.ts';
import { SHARPEN_QUESTIONS, quizMachine, type QuizInput } from './machine.ts';
import { STOP_RULES } from './lengths.ts';
import { currentItem, resultOf, type QuizEmitted, type QuizEvent } from './run.ts';
import { savedProgressOf } from './saved.ts';

const index = syntheticIndex(['alpha', 'beta']);
const config: QuizConfig = { mode: 'assessment', length: 'quick', areas: ['alpha', 'beta'] };
const input = { index, config, seed: 1234, today: 20_000 };

type Snapshot = SnapshotFrom<typeof quizMachine>;

function withLoader(load: (areaId: string) => Promise<AreaBank>) {
  return quizMachine.provide({
    actors: { loadArea: fromPromise(({ input }) => load(input.areaId)) }
  });
}

const loaded = withLoader(async (areaId) => syntheticBank(areaId));

function rightAnswer(snapshot: Snapshot): QuizEvent {
  const item = currentItem(snapshot.context);
  return {
    type: 'answer.submit',
    optionIds: item?.options.filter((o) => o.correct).map((o) => o.id) ?? []
  };
}

/** Runs a whole check with a strategy for each question, returning the final snapshot. */
async function runThrough(
  machine: typeof loaded,
  start: QuizConfig,
  answer: (s: Snapshot) => QuizEvent
) {
  const actor = createActor(machine, { input: { ...input, config: start } }).start();
  actor.send({ type: 'quiz.start', config: start });
  for (let guard = 0; guard < 500; guard++) {
    const snapshot = await waitFor(actor, (s) => !s.hasTag('busy'));
    if (snapshot.hasTag('finished')) return snapshot;
    if (snapshot.matches('asking')) actor.send(answer(snapshot));
    else if (snapshot.matches('feedback')) actor.send({ type: 'question.next' });
    else if (snapshot.matches('areaSummary')) actor.send({ type: 'area.next' });
    else throw new Error(`stuck in ${JSON.stringify(snapshot.value)}`);
  }
  throw new Error('did not finish');
}

describe('quiz machine: pure transitions', () => {
  it('starts in intro with its input in context', () => {
    const [snapshot] = initialTransition(quizMachine, input);
    expect(snapshot.value).toBe('intro');
    expect(snapshot.context.config).toEqual(config);
    expect(snapshot.context.answers).toEqual([]);
  });

  it('ignores a start with an unknown area and accepts a valid one', () => {
    const [intro] = initialTransition(quizMachine, input);
    const [stay] = transition(quizMachine, intro, {
      type: 'quiz.start',
      config: { ...config, areas: ['nope'] }
    });
    expect(stay.value).toBe('intro');
    const [loading, actions] = transition(quizMachine, intro, { type: 'quiz.start', config });
    expect(loading.value).toBe('loadingArea');
    expect(actions.some((action) => action.type === 'xstate.spawnChild')).toBe(true);
  });

  it('asks a question once its area has loaded, and ignores an empty answer', () => {
    const [intro] = initialTransition(quizMachine, input);
    const [loading] = transition(quizMachine, intro, { type: 'quiz.start', config });
    const [asking] = transition(quizMachine, loading, {
      type: 'xstate.done.actor.loadArea',
      output: syntheticBank('alpha')
    } as unknown as QuizEvent);
    expect(asking.value).toBe('asking');
    expect(asking.context.current?.optionOrder).toHaveLength(4);
    const [same] = transition(quizMachine, asking, { type: 'answer.submit', optionIds: [] });
    expect(same.context.answers).toHaveLength(0);
    const [next] = transition(quizMachine, asking, { type: 'answer.unknown' });
    expect(next.context.answers).toHaveLength(1);
    expect(next.context.answers[0]?.correct).toBe(false);
  });
});

describe('quiz machine: whole runs', () => {
  it('an all-right assessment never repeats an item and ends Architect-ready', async () => {
    const done = await runThrough(loaded, { ...config, length: 'standard' }, rightAnswer);
    const ids = done.context.answers.map((a) => a.itemId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const area of config.areas) {
      const count = done.context.answers.filter((a) => a.area === area).length;
      expect(count).toBeGreaterThanOrEqual(STOP_RULES.standard.min);
      expect(count).toBeLessThanOrEqual(STOP_RULES.standard.max);
    }
    expect(resultOf(done.context).overall.band).toBe('ready');
  });

  it('an all-"I don\'t know" assessment ends Foundational', async () => {
    const done = await runThrough(loaded, config, () => ({ type: 'answer.unknown' }));
    expect(resultOf(done.context).overall.band).toBe('foundational');
  });

  it('the same seed asks the same questions', async () => {
    const first = await runThrough(loaded, config, rightAnswer);
    const second = await runThrough(loaded, config, rightAnswer);
    expect(second.context.answers.map((a) => a.itemId)).toEqual(
      first.context.answers.map((a) => a.itemId)
    );
  });

  it('practice shows feedback after each answer and asks the length maximum per area', async () => {
    const practice: QuizConfig = { mode: 'practice', length: 'quick', areas: ['alpha'] };
    const actor = createActor(loaded, { input: { ...input, config: practice } }).start();
    actor.send({ type: 'quiz.start', config: practice });
    const asking = await waitFor(actor, (s) => s.matches('asking'));
    actor.send(rightAnswer(asking));
    expect(actor.getSnapshot().matches('feedback')).toBe(true);
    const done = await runThrough(loaded, practice, rightAnswer);
    expect(done.context.answers).toHaveLength(STOP_RULES.quick.max);
  });

  it('a failed load can be retried', async () => {
    let failures = 1;
    const flaky = withLoader(async (areaId) => {
      if (failures-- > 0) throw new Error('chunk 404');
      return syntheticBank(areaId);
    });
    const actor = createActor(flaky, { input }).start();
    actor.send({ type: 'quiz.start', config });
    const failed = await waitFor(actor, (s) => s.matches('loadFailed'));
    expect(failed.context.loadError).toBe('chunk 404');
    actor.send({ type: 'load.retry' });
    await waitFor(actor, (s) => s.matches('asking'));
  });

  it('results lead to a review and to practising one area', async () => {
    const done = await runThrough(loaded, config, rightAnswer);
    const [review] = transition(loaded, done, { type: 'quiz.review' });
    expect(review.value).toBe('review');
    const [practice] = transition(loaded, review, { type: 'practice.area', areaId: 'beta' });
    expect(practice.value).toBe('loadingArea');
    expect(practice.context.config).toEqual({ mode: 'practice', length: 'quick', areas: ['beta'] });
  });
});

describe('quiz machine: practice of given questions, and fresh questions on a retake', () => {
  it('practises only the questions given, area by area in the order given', async () => {
    const done = await runThrough(loaded, config, () => ({ type: 'answer.unknown' }) as const);
    const missed = done.context.answers.map((answer) => answer.itemId);
    const actor = createActor(loaded, {
      input: { ...input, resume: { progress: savedProgressOf(done.context), finished: true } }
    }).start();
    const areas = ['beta', 'alpha'];
    actor.send({ type: 'practice.questions', areas, items: missed });
    const asked: string[] = [];
    for (let guard = 0; guard < 100; guard++) {
      const snapshot = await waitFor(actor, (s) => !s.hasTag('busy'));
      if (snapshot.hasTag('finished')) break;
      if (snapshot.matches('asking')) {
        asked.push(snapshot.context.current?.itemId ?? '');
        actor.send(rightAnswer(snapshot));
      } else if (snapshot.matches('feedback')) actor.send({ type: 'question.next' });
      else if (snapshot.matches('areaSummary')) actor.send({ type: 'area.next' });
    }
    expect([...asked].sort()).toEqual([...missed].sort());
    const firstAlpha = asked.findIndex((id) => id.startsWith('alpha'));
    expect(asked.slice(0, firstAlpha).every((id) => id.startsWith('beta'))).toBe(true);
    expect(actor.getSnapshot().context.config.items).toEqual(missed);
  });

  it('refuses a practice of questions without questions, or in an unknown area', async () => {
    const done = await runThrough(loaded, config, rightAnswer);
    for (const event of [
      { type: 'practice.questions', areas: ['alpha'], items: [] },
      { type: 'practice.questions', areas: ['nope'], items: ['alpha-1'] }
    ] as const) {
      const [next] = transition(loaded, done, {
        ...event,
        areas: [...event.areas],
        items: [...event.items]
      });
      expect(next.value).toBe('results');
    }
  });

  it('an assessment prefers questions not seen in recent attempts', async () => {
    const first = await runThrough(loaded, config, rightAnswer);
    const seen = first.context.answers.map((answer) => answer.itemId);
    const actor = createActor(loaded, { input: { ...input, seen } }).start();
    actor.send({ type: 'quiz.start', config });
    const asked: string[] = [];
    for (let guard = 0; guard < 100; guard++) {
      const snapshot = await waitFor(actor, (s) => !s.hasTag('busy'));
      if (snapshot.hasTag('finished')) break;
      if (snapshot.matches('asking')) {
        asked.push(snapshot.context.current?.itemId ?? '');
        actor.send(rightAnswer(snapshot));
      } else if (snapshot.matches('areaSummary')) actor.send({ type: 'area.next' });
    }
    // The same seed without a history asks the first run's questions again.
    expect(asked.filter((id) => seen.includes(id))).toEqual([]);
  });
});

describe('quiz machine: finishing early and sharpening an area', () => {
  it('"Finish now" scores what was answered, with wider ranges, and completes once', async () => {
    const actor = createActor(loaded, { input: { ...input, config } });
    const heard: QuizEmitted[] = [];
    actor.on('*', (event) => heard.push(event));
    actor.start();
    actor.send({ type: 'quiz.start', config });
    const asking = await waitFor(actor, (s) => s.matches('asking'));
    actor.send(rightAnswer(asking));
    await waitFor(actor, (s) => s.matches('asking'));
    actor.send({ type: 'quiz.finish' });
    const done = actor.getSnapshot();
    expect(done.value).toBe('results');
    const result = resultOf(done.context);
    expect(result.areas.map((area) => area.asked)).toEqual([1, 0]);
    // The unanswered area borrows from the answered one, but stays the less sure of the two.
    expect(result.areas[1]?.se).toBeGreaterThan(result.areas[0]?.se ?? Infinity);
    expect(heard.filter((event) => event.type === 'quiz.completed')).toHaveLength(1);
  });

  it('practice has no "Finish now": it is not scored', async () => {
    const practice: QuizConfig = { ...config, mode: 'practice' };
    const actor = createActor(loaded, { input: { ...input, config: practice } }).start();
    actor.send({ type: 'quiz.start', config: practice });
    await waitFor(actor, (s) => s.matches('asking'));
    actor.send({ type: 'quiz.finish' });
    expect(actor.getSnapshot().value).toBe('asking');
  });

  it('"Sharpen this area" asks up to five more questions there, then updates every score', async () => {
    const done = await runThrough(loaded, config, () => ({ type: 'answer.unknown' }));
    const actor = createActor(loaded, {
      input: { ...input, resume: { progress: savedProgressOf(done.context), finished: true } }
    });
    const heard: QuizEmitted[] = [];
    actor.on('*', (event) => heard.push(event));
    actor.start();
    const before = resultOf(actor.getSnapshot().context);
    actor.send({ type: 'area.sharpen', areaId: 'beta' });
    for (let step = 0; step < 20; step++) {
      const snapshot = await waitFor(actor, (s) => !s.hasTag('busy'));
      if (snapshot.matches('results')) break;
      expect(snapshot.context.sharpen?.areaId).toBe('beta');
      actor.send(rightAnswer(snapshot));
    }
    const after = actor.getSnapshot();
    expect(after.value).toBe('results');
    expect(after.context.sharpen).toBeNull();
    const result = resultOf(after.context);
    const asked = (r: typeof result) => r.areas.map((area) => area.asked);
    expect(asked(result)).toEqual([asked(before)[0], (asked(before)[1] ?? 0) + SHARPEN_QUESTIONS]);
    expect(result.areas[1]?.score).toBeGreaterThan(before.areas[1]?.score ?? 100);
    // The other area moved too: it borrows from this one.
    expect(result.areas[0]?.theta).not.toBe(before.areas[0]?.theta);
    expect(heard.map((event) => event.type)).not.toContain('quiz.completed');
    expect(heard.filter((event) => event.type === 'quiz.sharpened')).toHaveLength(1);
    // Every save while sharpening keeps the run finished: a reload shows its results.
    const saves = heard.filter((e) => e.type === 'answer.recorded');
    expect(saves.every((e) => e.type === 'answer.recorded' && e.finished)).toBe(true);
  });
});

describe('quiz machine: resuming saved progress', () => {
  it('an unfinished run reloads its area and asks the question that was on screen', async () => {
    const actor = createActor(loaded, { input }).start();
    actor.send({ type: 'quiz.start', config });
    const asking = await waitFor(actor, (s) => s.matches('asking'));
    actor.send(rightAnswer(asking));
    const second = await waitFor(actor, (s) => s.matches('asking'));
    const progress = savedProgressOf(second.context);

    const resume = { progress, finished: false };
    const resumed = createActor(loaded, { input: { ...input, seed: 99, resume } }).start();
    expect(resumed.getSnapshot().value).toBe('loadingArea');
    const again = await waitFor(resumed, (s) => s.matches('asking'));
    expect(again.context.current).toEqual(second.context.current);
    expect(again.context.answers).toEqual(second.context.answers);
  });

  it('a finished run reopens on its results without loading a bank, with the same result', async () => {
    const done = await runThrough(loaded, config, rightAnswer);
    const progress = savedProgressOf(done.context);
    const noLoads = withLoader(() => Promise.reject(new Error('no bank should load')));
    const [results, actions] = initialTransition(noLoads, {
      ...input,
      resume: { progress, finished: true }
    });
    expect(results.value).toBe('results');
    expect(actions.some((action) => action.type === 'xstate.spawnChild')).toBe(false);
    expect(resultOf(results.context)).toEqual(resultOf(done.context));
    const [review] = transition(noLoads, results, { type: 'quiz.review' });
    expect(review.value).toBe('review');
  });

  it('opens on the intro when the saved area position is out of range', () => {
    const progress = {
      config,
      today: 20_000,
      rng: 1,
      areaIndex: 2,
      queue: [],
      current: null,
      answers: []
    };
    for (const finished of [false, true]) {
      const [opened] = initialTransition(quizMachine, { ...input, resume: { progress, finished } });
      expect(opened.value).toBe('intro');
      expect(opened.context.answers).toEqual([]);
    }
  });
});

describe('quiz machine: domain events', () => {
  /** Runs a whole check on a live actor, recording every event the machine emits. */
  async function emittedDuring(start: QuizConfig, resume?: QuizInput['resume']) {
    const actor = createActor(loaded, { input: { ...input, config: start, resume } });
    const heard: QuizEmitted[] = [];
    actor.on('*', (event) => heard.push(event));
    actor.start();
    if (!resume) actor.send({ type: 'quiz.start', config: start });
    for (let guard = 0; guard < 500; guard++) {
      const snapshot = await waitFor(actor, (s) => !s.hasTag('busy'));
      if (snapshot.hasTag('finished')) return { actor, heard };
      if (snapshot.matches('asking')) actor.send(rightAnswer(snapshot));
      else if (snapshot.matches('feedback')) actor.send({ type: 'question.next' });
      else if (snapshot.matches('areaSummary')) actor.send({ type: 'area.next' });
    }
    throw new Error('did not finish');
  }

  it('a run emits started, then asked and answered per question, each area, and one completion', async () => {
    const { actor, heard } = await emittedDuring(config);
    const types = heard.map((event) => event.type);
    expect(types[0]).toBe('quiz.started');
    const answers = actor.getSnapshot().context.answers.length;
    expect(types.filter((type) => type === 'question.asked')).toHaveLength(answers);
    expect(types.filter((type) => type === 'answer.recorded')).toHaveLength(answers);
    expect(heard.filter((event) => event.type === 'area.finished').map((e) => e.areaId)).toEqual(
      config.areas
    );
    expect(types.at(-1)).toBe('quiz.completed');
    const completed = heard.at(-1);
    expect(completed?.type === 'quiz.completed' && completed.result).toEqual(
      resultOf(actor.getSnapshot().context)
    );

    heard.length = 0;
    actor.send({ type: 'quiz.review' });
    actor.send({ type: 'review.close' });
    expect(heard).toEqual([]);
    actor.send({ type: 'practice.area', areaId: 'beta' });
    expect(heard.map((event) => event.type)).toEqual(['practice.started']);
    actor.send({ type: 'quiz.restart' });
    expect(heard.at(-1)).toEqual({ type: 'quiz.restarted' });
  });

  it('reopening a finished run emits nothing: it is not a new completion', async () => {
    const { actor } = await emittedDuring(config);
    const progress = savedProgressOf(actor.getSnapshot().context);
    const reopened = createActor(loaded, {
      input: { ...input, resume: { progress, finished: true } }
    });
    const heard: QuizEmitted[] = [];
    reopened.on('*', (event) => heard.push(event));
    reopened.start();
    expect(reopened.getSnapshot().value).toBe('results');
    expect(heard).toEqual([]);
  });
});

describe('quiz machine: every state is reachable', () => {
  it('getShortestPaths reaches each state', () => {
    const small = { ...input, index: syntheticIndex(['alpha', 'beta'], 1) };
    const paths = getShortestPaths(quizMachine, {
      input: small,
      serializeState: (s) =>
        `${JSON.stringify(s.value)}|${s.context.config.mode}|${s.context.areaIndex}|${s.context.answers.length}`,
      events: (s): QuizEvent[] => {
        const item = currentItem(s.context);
        const bank = syntheticBank(s.context.config.areas[s.context.areaIndex] ?? 'alpha', 1);
        return [
          { type: 'quiz.start', config: { ...config, mode: 'assessment' } },
          { type: 'quiz.start', config: { ...config, mode: 'practice' } },
          { type: 'xstate.done.actor.loadArea', output: bank } as unknown as QuizEvent,
          { type: 'xstate.error.actor.loadArea', error: new Error('404') } as unknown as QuizEvent,
          { type: 'load.retry' },
          { type: 'answer.submit', optionIds: item ? [item.options[0]?.id ?? ''] : [] },
          { type: 'answer.unknown' },
          { type: 'question.next' },
          { type: 'area.next' },
          { type: 'quiz.review' },
          { type: 'review.close' },
          { type: 'practice.area', areaId: 'alpha' },
          { type: 'quiz.restart' }
        ];
      },
      limit: 5000
    });
    const reached = new Set(paths.map((path) => JSON.stringify(path.state.value)));
    const states = Object.keys(quizMachine.config.states ?? {}).filter(
      (name) => name !== 'nextStep' && name !== 'opening'
    );
    for (const state of states) expect(reached, state).toContain(JSON.stringify(state));
  });
});
