import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, type AnyActorRef, type SnapshotFrom } from 'xstate';
import { syntheticBank, syntheticIndex } from '../build/synthetic.ts';
import type { AreaBank } from './bank.ts';
import { quizMachine } from './machine.ts';
import { currentItem, resultOf, type QuizEvent } from './run.ts';
import { parseSavedProgress, savedProgressOf } from './saved.ts';

const index = syntheticIndex(['alpha', 'beta'], 3);
const input = {
  index,
  config: { mode: 'assessment' as const, length: 'quick' as const, areas: ['alpha', 'beta'] },
  seed: 7,
  today: 20_000
};
type Snapshot = SnapshotFrom<typeof quizMachine>;

/**
 * Every kind of person-made event, allowed in the current state or not, with real and bogus ids.
 * The loader's done and error events come only while it runs (in loadingArea), as in the app.
 */
function eventFor(kind: number, pick: number, snapshot: Snapshot): QuizEvent {
  const { context } = snapshot;
  const options = currentItem(context)?.options.map((o) => o.id) ?? ['a'];
  switch (kind) {
    case 0:
      return {
        type: 'quiz.start',
        config: {
          mode: pick % 2 ? 'practice' : 'assessment',
          length: 'quick',
          areas: pick % 3 ? ['alpha', 'beta'] : ['beta']
        }
      };
    case 1:
      return {
        type: 'quiz.start',
        config: { mode: 'assessment', length: 'quick', areas: ['nowhere'] }
      };
    case 2:
    case 3:
      if (!snapshot.matches('loadingArea')) return { type: 'question.next' };
      return kind === 2
        ? ({
            type: 'xstate.done.actor.loadArea',
            output: bankOf(context.config.areas[context.areaIndex])
          } as unknown as QuizEvent)
        : ({
            type: 'xstate.error.actor.loadArea',
            error: new Error('404')
          } as unknown as QuizEvent);
    case 4:
      return { type: 'load.retry' };
    case 5:
      return { type: 'answer.submit', optionIds: [options[pick % options.length] ?? 'a'] };
    case 6:
      return { type: 'answer.submit', optionIds: options.slice(0, (pick % 3) + 1) };
    case 7:
      return { type: 'answer.submit', optionIds: pick % 2 ? ['zzz'] : [] };
    case 8:
      return { type: 'answer.unknown' };
    case 9:
      return { type: 'question.next' };
    case 10:
      return { type: 'area.next' };
    case 11:
      return { type: 'quiz.review' };
    case 12:
      return { type: 'review.close' };
    case 13:
      return { type: 'practice.area', areaId: pick % 2 ? 'alpha' : 'mars' };
    case 14:
      return { type: 'quiz.finish' };
    case 15:
      return { type: 'area.sharpen', areaId: pick % 3 ? 'beta' : 'mars' };
    default:
      return { type: 'quiz.restart' };
  }
}

const banks = { alpha: syntheticBank('alpha', 3), beta: syntheticBank('beta', 3) };
const bankOf = (area: string | undefined) => (area === 'beta' ? banks.beta : banks.alpha);

/**
 * The machine with a loader that never settles: the walk itself sends the loader's done and error
 * events, as the app's loader would, so one live actor per walk runs synchronously. (A pure
 * `transition` per step costs far more: each call sets up a fresh actor scope.)
 */
const walking = quizMachine.provide({
  actors: { loadArea: fromPromise(() => new Promise<AreaBank>(() => undefined)) }
});

/** Sends an event to a live actor and returns its snapshot. */
function step(actor: AnyActorRef, event: QuizEvent): Snapshot {
  actor.send(event);
  return actor.getSnapshot() as Snapshot;
}

/** Drives an actor to its results with allowed events only; the number of steps it took, or -1. */
function driveToResults(actor: AnyActorRef): number {
  let snapshot = actor.getSnapshot() as Snapshot;
  for (let step = 0; step < 400; step++) {
    if (snapshot.matches('results')) return step;
    const area = snapshot.context.config.areas[snapshot.context.areaIndex] ?? 'alpha';
    let event: QuizEvent;
    if (snapshot.matches('intro')) event = { type: 'quiz.start', config: input.config };
    else if (snapshot.matches('loadingArea'))
      event = {
        type: 'xstate.done.actor.loadArea',
        output: syntheticBank(area, 3)
      } as unknown as QuizEvent;
    else if (snapshot.matches('loadFailed')) event = { type: 'load.retry' };
    else if (snapshot.matches('asking')) event = { type: 'answer.unknown' };
    else if (snapshot.matches('feedback')) event = { type: 'question.next' };
    else if (snapshot.matches('areaSummary')) event = { type: 'area.next' };
    else event = { type: 'review.close' };
    actor.send(event);
    snapshot = actor.getSnapshot() as Snapshot;
  }
  return -1;
}

function checkInvariants(snapshot: Snapshot) {
  const { context } = snapshot;
  expect(
    parseSavedProgress(JSON.parse(JSON.stringify(savedProgressOf(context))), index)
  ).not.toBeNull();
  const ids = context.answers.map((a) => a.itemId);
  expect(new Set(ids).size).toBe(ids.length);
  const result = resultOf(context);
  for (const score of [
    result.overall.score,
    ...result.areas.flatMap((a) => [a.score, a.low, a.high])
  ]) {
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(100);
  }
  if (snapshot.matches('asking')) expect(currentItem(context)).toBeDefined();
}

describe('quiz machine: random walks', () => {
  it('keeps its invariants over 10,000 random event sequences, and results stay reachable', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(17), fc.nat(99)), { minLength: 1, maxLength: 30 }),
        (steps) => {
          const actor = createActor(walking, { input }).start();
          let snapshot = actor.getSnapshot();
          checkInvariants(snapshot);
          for (const [kind, pick] of steps) {
            const next = step(actor, eventFor(kind, pick, snapshot));
            // An ignored event leaves the very same snapshot, whose invariants were checked.
            if (next !== snapshot) checkInvariants(next);
            snapshot = next;
          }
          expect(driveToResults(actor)).toBeGreaterThanOrEqual(0);
          actor.stop();
        }
      ),
      { numRuns: 10_000, seed: 20261129 }
    );
  });
});
