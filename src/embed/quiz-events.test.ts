import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { syntheticBank, syntheticIndex } from '../build/synthetic.ts';
import type { QuizConfig } from '../quiz/config.ts';
import { quizMachine, type QuizInput } from '../quiz/machine.ts';
import { savedProgressOf } from '../quiz/saved.ts';
import type { EmbedMessage } from './protocol.ts';
import { reportQuiz } from './quiz-events.ts';

const index = syntheticIndex(['alpha'], 2);
const config: QuizConfig = { mode: 'assessment', length: 'quick', areas: ['alpha'] };
const machine = quizMachine.provide({
  actors: { loadArea: fromPromise(async () => syntheticBank('alpha', 2)) }
});

/** A started actor whose events go to a recording bridge. */
function reported(resume?: QuizInput['resume']) {
  const posted: EmbedMessage[] = [];
  const actor = createActor(machine, {
    input: { index, config, seed: 3, today: 20_000, resume }
  });
  reportQuiz({ frame: 'f1', post: (message) => posted.push(message) }, actor, () => 'link');
  actor.start();
  return { actor, types: () => posted.map((message) => message.type), posted };
}

async function answerAll(actor: ReturnType<typeof reported>['actor']) {
  for (let step = 0; step < 50; step++) {
    const snapshot = await waitFor(actor, (s) => !s.hasTag('busy'));
    if (snapshot.hasTag('finished')) return;
    actor.send({ type: 'answer.unknown' });
  }
}

describe('reportQuiz', () => {
  it('posts start on a fresh start and complete once, with the link, for an assessment', async () => {
    const { actor, types, posted } = reported();
    actor.send({ type: 'quiz.start', config });
    await answerAll(actor);
    actor.send({ type: 'quiz.review' });
    actor.send({ type: 'review.close' });
    expect(types()).toEqual(['start', 'complete']);
    const complete = posted[1];
    expect(complete?.type === 'complete' && complete.data.link).toBe('link');
  });

  it('posts nothing for a finished run reopened after a reload, nor for practice from its results', async () => {
    const first = reported();
    first.actor.send({ type: 'quiz.start', config });
    await answerAll(first.actor);
    const progress = savedProgressOf(first.actor.getSnapshot().context);
    const { actor, types } = reported({ progress, finished: true });
    actor.send({ type: 'practice.area', areaId: 'alpha' });
    await answerAll(actor);
    expect(types()).toEqual([]);
  });
});
