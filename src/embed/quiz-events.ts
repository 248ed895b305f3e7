/** Tells the host page when a check starts and when an assessment completes (inside embed.js's iframe). */
import type { ActorRefFrom } from 'xstate';
import type { quizMachine } from '../quiz/machine.ts';
import { resultOf } from '../quiz/run.ts';
import type { Result } from '../quiz/result.ts';
import type { EmbedBridge } from './child.ts';
import { completeData, event } from './protocol.ts';

/** Subscribes to the quiz; subscribe before the first event so that a fresh start is seen. */
export function reportQuiz(
  bridge: EmbedBridge,
  actor: ActorRefFrom<typeof quizMachine>,
  resultLink: (result: Result) => string | null
): void {
  let previous = actor.getSnapshot();
  actor.subscribe((snapshot) => {
    const before = previous;
    previous = snapshot;
    const { config, answers } = snapshot.context;
    // A fresh start, not a resumed run (which comes back with its answers).
    if (before.matches('intro') && snapshot.matches('loadingArea') && answers.length === 0)
      bridge.post(
        event(bridge.frame, 'start', {
          mode: config.mode,
          length: config.length,
          areas: [...config.areas]
        })
      );
    // Once per finished assessment: reviewing and coming back to the results is not a new one,
    // nor is reopening a finished run after a reload (the quiz goes from its intro to results).
    const completed =
      snapshot.matches('results') && !before.hasTag('finished') && !before.matches('intro');
    if (completed && config.mode === 'assessment') {
      const result = resultOf(snapshot.context);
      bridge.post(event(bridge.frame, 'complete', completeData(result, resultLink(result))));
    }
  });
}
