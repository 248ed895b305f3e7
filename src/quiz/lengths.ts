/** The lengths of a check: how many questions each area asks, and when it stops early. */

export type Length = 'quick' | 'standard' | 'thorough';

export interface StopRule {
  min: number;
  max: number;
  seTarget: number;
}

/**
 * Per-area stopping rules by length, with the areas borrowing strength from each other (their SE
 * falls faster than alone). Chosen with `npm run simulate` on the real banks: about 12, 24 and 48
 * questions over six areas, each target reached in a share of the areas that the README reports.
 */
export const STOP_RULES: Record<Length, StopRule> = {
  quick: { min: 2, max: 2, seTarget: 0.7 },
  standard: { min: 3, max: 5, seTarget: 0.55 },
  thorough: { min: 6, max: 10, seTarget: 0.4 }
};

/** How many more questions "Sharpen this area" asks on the results. */
export const SHARPEN_QUESTIONS = 5;
