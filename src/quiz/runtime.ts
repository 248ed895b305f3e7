/** The quiz runtime, loaded when a check starts (it keeps XState off the first screen). */
import { loadAreaBank, loadAreaDetails } from 'virtual:question-bank';
import { createActor, fromPromise, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import { freshSeed } from '../lib/random.ts';
import type { BankIndex } from './bank.ts';
import type { QuizConfig } from './config.ts';
import { quizMachine, type QuizInput } from './machine.ts';
import { dayOf } from './result.ts';

export type QuizActor = ActorRefFrom<typeof quizMachine>;
export type QuizSnapshot = SnapshotFrom<typeof quizMachine>;

/**
 * A quiz actor with the real area loader, a fresh seed and today's date, not yet started; with
 * `resume`, it opens inside that saved run.
 */
export function createQuiz(
  index: BankIndex,
  config: QuizConfig,
  resume?: QuizInput['resume'],
  seen?: readonly string[]
): QuizActor {
  const machine = quizMachine.provide({
    actors: {
      loadArea: fromPromise(({ input }) => {
        // Explanations are fetched alongside, for practice feedback and the review at the end.
        loadAreaDetails(input.areaId).catch(() => undefined);
        return loadAreaBank(input.areaId);
      })
    }
  });
  return createActor(machine, {
    input: { index, config, seed: freshSeed(), today: dayOf(Date.now()), resume, seen }
  });
}
