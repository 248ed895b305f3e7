/** How long questions take, from their own text: what the intro and the progress line promise. */
import type { Difficulty } from './bank.ts';
import { STOP_RULES, type Length } from './lengths.ts';

/** Reading speed for technical prose, in words a minute. */
export const WORDS_PER_MINUTE = 200;

/** Thinking time on top of reading: more for harder questions and for "choose k" ones. */
export function thinkingSeconds(difficulty: Difficulty, multiple: boolean): number {
  return 6 + 2 * difficulty + (multiple ? 5 : 0);
}

/** The words of a text with its Markdown and markup dropped. */
export function wordCount(text: string): number {
  return text
    .replace(/<[^>]*>/g, ' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** One question's seconds: reading its prompt and options, then thinking. */
export function questionSeconds(question: {
  words: number;
  difficulty: Difficulty;
  multiple: boolean;
}): number {
  return (
    (question.words / WORDS_PER_MINUTE) * 60 +
    thinkingSeconds(question.difficulty, question.multiple)
  );
}

/** What a check of some areas takes: its range of questions and of minutes (whole, at least 1). */
export interface CheckTime {
  questions: { low: number; high: number };
  minutes: { low: number; high: number };
}

/**
 * The time of a check: each area asks from its length's minimum to its maximum (or its bank's
 * size), at its bank's mean seconds a question. Practice walks the maximum of each area.
 */
export function checkTime(
  areas: readonly { seconds: number; itemCount: number }[],
  length: Length,
  practice: boolean
): CheckTime {
  const rule = STOP_RULES[length];
  let low = 0;
  let high = 0;
  let lowSeconds = 0;
  let highSeconds = 0;
  for (const area of areas) {
    const most = Math.min(rule.max, area.itemCount || rule.max);
    const least = practice ? most : Math.min(rule.min, most);
    low += least;
    high += most;
    lowSeconds += least * area.seconds;
    highSeconds += most * area.seconds;
  }
  const minutes = (seconds: number) => Math.max(1, Math.round(seconds / 60));
  return {
    questions: { low, high },
    minutes: { low: minutes(lowSeconds), high: minutes(highSeconds) }
  };
}
