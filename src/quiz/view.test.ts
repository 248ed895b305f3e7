import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { syntheticBank, syntheticIndex } from '../build/synthetic.ts';
import { quizMachine } from './machine.ts';
import type { QuizEvent } from './run.ts';
import { STOP_RULES } from './lengths.ts';
import { areaSummaryView, questionView, verdictOf } from './view.ts';

const index = syntheticIndex(['alpha', 'beta'], 1);
const config = { mode: 'practice' as const, length: 'quick' as const, areas: ['alpha', 'beta'] };
const loaded = (areaId: string) =>
  ({
    type: 'xstate.done.actor.loadArea',
    output: syntheticBank(areaId, 1)
  }) as unknown as QuizEvent;

function asking() {
  const [intro] = initialTransition(quizMachine, { index, config, seed: 9, today: 20_000 });
  const [loading] = transition(quizMachine, intro, { type: 'quiz.start', config });
  return transition(quizMachine, loading, loaded('alpha'))[0];
}

describe('view selectors', () => {
  it('show the options in their shuffled order, with verdicts only once answered', () => {
    const snapshot = asking();
    const view = questionView(snapshot.context, false);
    expect(view?.options.map((option) => option.id)).toEqual(snapshot.context.current?.optionOrder);
    expect(view?.options.every((option) => option.verdict === null)).toBe(true);
    const wrong = view?.options.find((option) => !option.correct)?.id ?? '';
    const [feedback] = transition(quizMachine, snapshot, {
      type: 'answer.submit',
      optionIds: [wrong]
    });
    const answered = questionView(feedback.context, true);
    expect(answered?.answer?.choice).toEqual([wrong]);
    const verdicts = answered?.options.map((option) => option.verdict) ?? [];
    expect(verdicts.filter((verdict) => verdict !== null).sort()).toEqual([
      'right-missed',
      'wrong-chosen'
    ]);
    expect(verdicts.filter((verdict) => verdict === null)).toHaveLength(2);
  });

  it('name each verdict from the choice, never from display text', () => {
    const answer = {
      itemId: 'x',
      area: 'alpha',
      choice: ['a'],
      correct: true,
      a: 1,
      b: 0,
      c: 0,
      theta: 0,
      se: 1
    };
    expect(verdictOf({ id: 'a', correct: true }, answer)).toBe('right-chosen');
    expect(verdictOf({ id: 'b', correct: false }, { ...answer, choice: null })).toBeNull();
    expect(verdictOf({ id: 'b', correct: true }, null)).toBeNull();
  });

  it('summarise the finished area and name the next one', () => {
    let snapshot = asking();
    for (let step = 0; step < 20 && !snapshot.matches('areaSummary'); step++) {
      const event: QuizEvent = snapshot.matches('feedback')
        ? { type: 'question.next' }
        : { type: 'answer.unknown' };
      [snapshot] = transition(quizMachine, snapshot, event);
    }
    expect(areaSummaryView(snapshot.context)).toEqual({
      areaNumber: 1,
      areaCount: 2,
      areaId: 'alpha',
      asked: STOP_RULES.quick.max,
      right: 0,
      nextAreaId: 'beta'
    });
    expect(snapshot.hasTag('running')).toBe(true);
  });
});
