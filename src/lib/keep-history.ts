/** The quiz chunk's side of the history: each finished assessment is kept, each practice answer reviewed. */
import type { QuizActor } from '../quiz/runtime.ts';
import { attemptOf } from './history-read.ts';
import type { History } from './history.svelte.ts';

/** Listens to the quiz: completions and sharpenings are kept, practice answers move their reviews. */
export function keepHistory(actor: QuizActor, history: History): void {
  actor.on('quiz.completed', ({ mode, result, progress }) => {
    if (mode === 'assessment') history.record(attemptOf(result, progress.answers, history.now()));
  });
  actor.on('quiz.sharpened', ({ result, progress }) =>
    history.record(attemptOf(result, progress.answers, history.now()))
  );
  actor.on('answer.recorded', ({ progress }) => {
    const last = progress.answers.at(-1);
    if (progress.config.mode === 'practice' && last) history.practised(last.itemId, last.correct);
  });
}
