/** How a score moved since the previous attempt, and whether the move is clear of the margin. */
import type { AreaResult, OverallResult } from './result.ts';
import { Z80 } from './scoring.ts';

export interface Change {
  /** The score now minus the score then, in points. */
  delta: number;
  /** 'gain' or 'drop' when the 80% interval of the difference excludes zero; else null. */
  clear: 'gain' | 'drop' | null;
}

/** A difference and its SD: clear when difference ± 1.28·SD lies wholly on one side of zero. */
function clearOf(difference: number, sd: number): Change['clear'] {
  if (difference - Z80 * sd > 0) return 'gain';
  if (difference + Z80 * sd < 0) return 'drop';
  return null;
}

/**
 * An area's change: the two attempts are independent measurements, so the SD of the difference of
 * abilities is √(SE₁² + SE₂²); the decision is taken on the ability scale, where the SEs live.
 */
export function areaChange(
  before: Pick<AreaResult, 'score' | 'theta' | 'se'>,
  after: Pick<AreaResult, 'score' | 'theta' | 'se'>
): Change {
  const sd = Math.hypot(before.se, after.se);
  return { delta: after.score - before.score, clear: clearOf(after.theta - before.theta, sd) };
}

/** The SD of an overall score: its own, or (results before the higher-order model) from its range. */
function overallSd(overall: Pick<OverallResult, 'sd' | 'low' | 'high'>): number {
  return overall.sd ?? (overall.high - overall.low) / (2 * Z80);
}

/** The overall's change, on the score scale where its SD lives. */
export function overallChange(
  before: Pick<OverallResult, 'score' | 'sd' | 'low' | 'high'>,
  after: Pick<OverallResult, 'score' | 'sd' | 'low' | 'high'>
): Change {
  const delta = after.score - before.score;
  return { delta, clear: clearOf(delta, Math.hypot(overallSd(before), overallSd(after))) };
}
