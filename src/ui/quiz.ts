/** The quiz chunk: XState with the machine, and the screens only a running quiz shows. */
import Announcer from './Announcer.svelte';
import AreaSummary from './AreaSummary.svelte';
import LeaveGuard from './LeaveGuard.svelte';
import Question from './Question.svelte';

export { createQuiz } from '../quiz/runtime.ts';
export { keepHistory } from '../lib/keep-history.ts';

export const screens = { Question, AreaSummary, Announcer, LeaveGuard };
