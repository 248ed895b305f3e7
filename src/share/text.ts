/** The share text, in the Wordle spirit: the score, the band, one bar per area, then the link. */
import type { Role } from '../quiz/bank.ts';
import type { Result } from '../quiz/result.ts';
import { wordsFor } from '../lib/words-later.ts';

const CELLS = 10;

/** A score (0–100) as ten block characters, one per ten points (rounded). */
export function scoreBar(score: number): string {
  const filled = Math.min(CELLS, Math.max(0, Math.round(score / CELLS)));
  return '█'.repeat(filled) + '░'.repeat(CELLS - filled);
}

/** The score, the band and one bar line per area; nothing about which questions were missed. */
export function shareSummary(result: Result, role: Role): string {
  const { score, band } = result.overall;
  return [
    wordsFor(role).shareText.heading(score, role.bands[band]),
    ...result.areas.map((area) => `${scoreBar(area.score)} ${area.score} ${area.title}`)
  ].join('\n');
}

/** The whole text to paste: the summary, then the link on its own line. */
export function shareText(result: Result, role: Role, link: string): string {
  return `${shareSummary(result, role)}\n${link}`;
}
