/** Tells the host page when a check starts and when an assessment completes (inside embed.js's iframe). */
import type { Result } from '../quiz/result.ts';
import type { QuizActor } from '../quiz/runtime.ts';
import type { EmbedBridge } from './child.ts';
import { completeData, event } from './protocol.ts';

/** Listens to the quiz's domain events; attach before the actor starts. */
export function reportQuiz(
  bridge: EmbedBridge,
  actor: QuizActor,
  resultLink: (result: Result) => string | null
): void {
  actor.on('quiz.started', ({ config }) =>
    bridge.post(
      event(bridge.frame, 'start', {
        mode: config.mode,
        length: config.length,
        areas: [...config.areas]
      })
    )
  );
  // Once per finished assessment: the machine does not emit it again for a review, or for a
  // finished run reopened after a reload.
  actor.on('quiz.completed', ({ mode, result }) => {
    if (mode === 'assessment')
      bridge.post(event(bridge.frame, 'complete', completeData(result, resultLink(result))));
  });
}
