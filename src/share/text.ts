/** The share text, in the Wordle spirit: the score, the band, one bar per area, then the link. */
import type { Result } from '../quiz/result.ts';
import { BAND_LABELS } from '../quiz/scoring.ts';

const CELLS = 10;

/** A score (0–100) as ten block characters, one per ten points (rounded). */
export function scoreBar(score: number): string {
  const filled = Math.min(CELLS, Math.max(0, Math.round(score / CELLS)));
  return '█'.repeat(filled) + '░'.repeat(CELLS - filled);
}

/** The score, the band and one bar line per area; nothing about which questions were missed. */
export function shareSummary(result: Result): string {
  const { score, band } = result.overall;
  return [
    `AI Architect readiness: ${score}/100, ${BAND_LABELS[band]}`,
    ...result.areas.map((area) => `${scoreBar(area.score)} ${area.score} ${area.title}`)
  ].join('\n');
}

/** The whole text to paste: the summary, then the link on its own line. */
export function shareText(result: Result, link: string): string {
  return `${shareSummary(result)}\n${link}`;
}
