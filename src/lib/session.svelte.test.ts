import { describe, expect, it } from 'vitest';
import { createActor, fromPromise } from 'xstate';
import { syntheticBank, syntheticIndex } from '../build/synthetic.ts';
import type { QuizConfig } from '../quiz/config.ts';
import { quizMachine, type QuizInput } from '../quiz/machine.ts';
import { currentItem, resultOf } from '../quiz/run.ts';
import type { QuizActor } from '../quiz/runtime.ts';
import { savedProgressOf } from '../quiz/saved.ts';
import { ProgressKeeper } from './keeper.svelte.ts';
import { Session, type QuizModule } from './session.svelte.ts';
import { STORAGE_KEY, loadProgress, type KeyValueStore, type LoadedProgress } from './storage.ts';

const index = syntheticIndex(['alpha', 'beta'], 2);
const config: QuizConfig = { mode: 'assessment', length: 'quick', areas: ['alpha', 'beta'] };

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key)
  };
}

/** A quiz module over synthetic banks; `loads` counts how often the chunk was asked for. */
function quizModule(options: { fail?: number } = {}) {
  let failures = options.fail ?? 0;
  const counts = { loads: 0, actors: [] as QuizActor[] };
  const machine = quizMachine.provide({
    actors: { loadArea: fromPromise(async ({ input }) => syntheticBank(input.areaId, 2)) }
  });
  const load = async (): Promise<QuizModule> => {
    counts.loads++;
    if (failures-- > 0) throw new Error('chunk 404');
    return {
      createQuiz: (bankIndex, start, resume?: QuizInput['resume']) => {
        const actor = createActor(machine, {
          input: { index: bankIndex, config: start, seed: 5, today: 20_000, resume }
        });
        counts.actors.push(actor);
        return actor;
      },
      screens: {} as QuizModule['screens']
    };
  };
  return { load, counts };
}

function session(saved: LoadedProgress, load: () => Promise<QuizModule>, store = memoryStore()) {
  return new Session({
    index,
    config,
    notices: ['Ignored unknown setting “x”.'],
    keeper: new ProgressKeeper(store, index),
    saved,
    load
  });
}

/** A store holding a finished run, as a first visit leaves it. */
async function storeWithFinishedRun() {
  const store = memoryStore();
  const first = session({ kind: 'none' }, quizModule().load, store);
  first.start(config);
  await finish(first);
  return { store, first };
}

/** Lets pending loads (the quiz chunk, an area) settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve));

/** Answers every question of a running session until its results. */
async function finish(s: Session) {
  for (let step = 0; step < 100 && s.screen !== 'results'; step++) {
    if (s.screen === 'loading') await settle();
    else if (s.screen === 'question') s.send({ type: 'answer.unknown' });
    else if (s.screen === 'summary') s.send({ type: 'area.next' });
    else throw new Error(`stuck on ${s.screen}`);
  }
  expect(s.screen).toBe('results');
}

describe('Session', () => {
  it('starts on the intro with the page notices, and loads the quiz only on start', async () => {
    const { load, counts } = quizModule();
    const s = session({ kind: 'none' }, load);
    expect(s.screen).toBe('intro');
    expect(s.notices).toEqual(['Ignored unknown setting “x”.']);
    expect(counts.loads).toBe(0);
    s.start(config);
    expect(s.screen).toBe('loading');
    await finish(s);
    expect(counts.loads).toBe(1);
    // The page's notices were about its arrival: a start drops them.
    expect(s.notices).toEqual([]);
  });

  it('saves every step and a finished run, which a later page restores without the quiz', async () => {
    const { store, first } = await storeWithFinishedRun();
    const saved = loadProgress(store, index);
    expect(saved.kind === 'saved' && saved.finished).toBe(true);

    const { load, counts } = quizModule();
    const second = session(saved, load, store);
    expect(second.screen).toBe('restored');
    expect(second.restored && resultOf({ index, ...second.restored })).toEqual(
      resultOf(first.snapshot?.context ?? ({} as never))
    );
    expect(counts.loads).toBe(0);
  });

  it('takes restored results on to the review through the reopened run, with no new completion', async () => {
    const { store } = await storeWithFinishedRun();
    const { load, counts } = quizModule();
    const second = session(loadProgress(store, index), load, store);
    second.send({ type: 'quiz.review' });
    // While the quiz loads the results stay on screen.
    expect(second.screen).toBe('restored');
    await settle();
    expect(second.snapshot?.value).toBe('review');
    expect(counts.loads).toBe(1);
  });

  it('"Start again" on restored results shows the intro without loading the quiz', async () => {
    const { store } = await storeWithFinishedRun();
    const { load, counts } = quizModule();
    const second = session(loadProgress(store, index), load, store);
    second.startOver();
    expect(second.screen).toBe('intro');
    expect(counts.loads).toBe(0);
    expect(store.data.has(STORAGE_KEY)).toBe(false);
  });

  it('offers an unfinished run, and resumes it on the question that was on screen', async () => {
    const store = memoryStore();
    const first = session({ kind: 'none' }, quizModule().load, store);
    first.start(config);
    await settle();
    first.send({ type: 'answer.unknown' });
    const onScreen = first.snapshot?.context.current;
    const saved = loadProgress(store, index);
    expect(saved.kind === 'saved' && saved.finished).toBe(false);

    const second = session(saved, quizModule().load, store);
    expect(second.screen).toBe('intro');
    expect(second.offer?.answers).toHaveLength(1);
    second.resume();
    await settle();
    await settle();
    expect(second.screen).toBe('question');
    expect(second.snapshot?.context.current).toEqual(onScreen);
    expect(second.offer).toBeNull();
  });

  it('shows the failure screen when the quiz chunk fails, and "Try again" opens it', async () => {
    const { load, counts } = quizModule({ fail: 1 });
    const s = session({ kind: 'none' }, load);
    s.start(config);
    await settle();
    expect(s.screen).toBe('failed');
    expect(s.error).toBe('chunk 404');
    s.retry();
    await settle();
    await settle();
    expect(s.screen).toBe('question');
    expect(counts.loads).toBe(2);
    expect(currentItem(s.snapshot?.context ?? ({} as never))).toBeDefined();
  });

  it('a restart of the running quiz forgets the saved run and keeps the last choices', async () => {
    const store = memoryStore();
    const s = session({ kind: 'none' }, quizModule().load, store);
    const practice: QuizConfig = { ...config, mode: 'practice', areas: ['beta'] };
    s.start(practice);
    await settle();
    s.send({ type: 'answer.unknown' });
    expect(store.data.has(STORAGE_KEY)).toBe(true);
    s.startOver();
    expect(s.screen).toBe('intro');
    expect(s.config).toEqual(practice);
    expect(store.data.has(STORAGE_KEY)).toBe(false);
    expect(savedProgressOf(s.snapshot?.context ?? ({} as never)).answers).toEqual([]);
  });
});
