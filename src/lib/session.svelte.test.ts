import { describe, expect, it } from 'vitest';
import { createActor, fromPromise } from 'xstate';
import { syntheticBank, syntheticIndex } from '../build/synthetic.ts';
import type { QuizConfig } from '../quiz/config.ts';
import { quizMachine, type QuizInput } from '../quiz/machine.ts';
import { currentItem, resultOf } from '../quiz/run.ts';
import type { QuizActor } from '../quiz/runtime.ts';
import { savedProgressOf } from '../quiz/saved.ts';
import { History } from './history.svelte.ts';
import { keepHistory } from './keep-history.ts';
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
      createQuiz: (bankIndex, start, resume?: QuizInput['resume'], seen?: readonly string[]) => {
        const actor = createActor(machine, {
          input: { index: bankIndex, config: start, seed: 5, today: 20_000, resume, seen }
        });
        counts.actors.push(actor);
        return actor;
      },
      screens: {} as QuizModule['screens'],
      keepHistory
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
    history: async () => new History(store, index),
    historyCounts: { attempts: 0, due: 0 },
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

  it('keeps each finished assessment in the history, which the next page reads back', async () => {
    const { store, first } = await storeWithFinishedRun();
    expect((await first.loadHistory()).attempts).toHaveLength(1);
    const { load, counts } = quizModule();
    const later = session({ kind: 'none' }, load, store);
    const history = await later.loadHistory();
    expect(history.attempts).toHaveLength(1);
    // Every answer was "I don't know": each question is due for review tomorrow.
    expect(history.cards).toHaveLength(first.snapshot?.context.answers.length ?? -1);
    // A new assessment is given the questions just seen, to ask others while it can.
    later.start(config);
    await finish(later);
    const asked = (first.snapshot?.context.answers ?? []).map((answer) => answer.itemId);
    expect(counts.actors[0]?.getSnapshot().context.seen).toEqual(asked);
    expect(history.attempts).toHaveLength(2);
  });

  it('practises the questions missed, from the results, and moves their reviews on', async () => {
    const { store, first } = await storeWithFinishedRun();
    const history = await first.loadHistory();
    const attempt = history.attempts[0];
    expect(attempt).toBeDefined();
    const practice = attempt && history.missedPractice(attempt, config.areas, 'quick');
    expect(practice?.items).toHaveLength(attempt?.answers.length ?? -1);
    if (practice) first.start(practice);
    await settle();
    expect(first.screen).toBe('question');
    expect(first.snapshot?.context.config.items).toEqual(practice?.items);
    expect(store.getItem('ai-readiness:progress')).not.toBeNull();
  });

  it('opens "Your progress" over the current screen and goes back to it', async () => {
    const { first } = await storeWithFinishedRun();
    first.openProgress();
    expect(first.screen).toBe('progress');
    first.closeProgress();
    expect(first.screen).toBe('results');
  });
});
