/** The lengths of a check: how many questions each area asks, and when it stops early. */

export type Length = 'quick' | 'standard' | 'thorough';

export interface StopRule {
  min: number;
  max: number;
  seTarget: number;
}

/**
 * Per-area stopping rules by length, with the areas borrowing strength from each other (their SE
 * falls faster than alone). Chosen with `npm run simulate` on the reviewed banks (66 to 72
 * questions an area), at true correlation 0.6: quick asks 12 questions (about 10 minutes),
 * standard about 26 (about 20 minutes) and thorough about 49 (about 38 minutes). An area stops
 * early once its SE reaches the target; tighter targets are not reached at these lengths, so they
 * would only make every area run to its maximum. The README's scoring section has the table.
 */
export const STOP_RULES: Record<Length, StopRule> = {
  quick: { min: 2, max: 2, seTarget: 0.9 },
  standard: { min: 4, max: 5, seTarget: 0.8 },
  thorough: { min: 6, max: 9, seTarget: 0.62 }
};

/** How many more questions "Sharpen this area" asks on the results. */
export const SHARPEN_QUESTIONS = 5;
