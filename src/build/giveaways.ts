/** Finds questions that give away another's answer: a run of words a key shares with other text. */
import type { AuthoredQuestion } from './compile.ts';

/** How many consecutive words (after normalizing) a key may share with another question's text. */
export const GIVEAWAY_RUN = 8;

/** A key option of one question whose words reappear in another question. */
export interface Giveaway {
  /** The question whose key is given away. */
  key: string;
  /** The question whose text gives it away, and where. */
  by: string;
  field: string;
  /** The shared run of words. */
  words: string;
}

/** Lowercase words with Markdown and punctuation dropped. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

function runsOf(words: readonly string[]): Set<string> {
  const runs = new Set<string>();
  for (let i = 0; i + GIVEAWAY_RUN <= words.length; i++)
    runs.add(words.slice(i, i + GIVEAWAY_RUN).join(' '));
  return runs;
}

/** Every place where a question's key option shares GIVEAWAY_RUN words with another question. */
export function findGiveaways(questions: readonly AuthoredQuestion[]): Giveaway[] {
  const texts = questions.map((q) => ({
    id: q.id,
    fields: [
      { field: 'prompt', runs: runsOf(wordsOf(q.prompt)) },
      ...q.options.map((option, index) => ({
        field: `options[${index}].text`,
        runs: runsOf(wordsOf(option.text))
      })),
      { field: 'explanation', runs: runsOf(wordsOf(q.explanation)) }
    ]
  }));
  const found: Giveaway[] = [];
  for (const question of questions) {
    for (const key of question.options.filter((option) => option.correct === true)) {
      const keyRuns = [...runsOf(wordsOf(key.text))];
      if (keyRuns.length === 0) continue;
      for (const other of texts) {
        if (other.id === question.id) continue;
        for (const { field, runs } of other.fields) {
          const shared = keyRuns.find((run) => runs.has(run));
          if (shared) found.push({ key: question.id, by: other.id, field, words: shared });
        }
      }
    }
  }
  return found;
}
