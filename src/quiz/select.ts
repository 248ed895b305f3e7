/** Adaptive item selection and the stopping rules (docs/design.md §6). */
import { randomIndex } from '../lib/random.ts';
import type { ItemParams } from './bank.ts';
import { information } from './scoring.ts';

export type Length = 'quick' | 'standard' | 'thorough';

export interface StopRule {
  min: number;
  max: number;
  seTarget: number;
}

/** Per-area stopping rules by length. */
export const STOP_RULES: Record<Length, StopRule> = {
  quick: { min: 3, max: 5, seTarget: 0.6 },
  standard: { min: 5, max: 10, seTarget: 0.45 },
  thorough: { min: 8, max: 15, seTarget: 0.35 }
};

/** How many of the most informative items the randomesque rule chooses among. */
export const RANDOMESQUE = 3;

export interface Candidate extends ItemParams {
  id: string;
}

/**
 * The next item: one of the three unasked items with the most information at θ̂, chosen with the
 * seeded RNG. Returns null when the bank has no unasked item.
 */
export function nextItem(
  candidates: readonly Candidate[],
  asked: ReadonlySet<string>,
  theta: number,
  rngState: number
): { id: string; rng: number } | null {
  const ranked = candidates
    .filter((item) => !asked.has(item.id))
    .map((item) => ({ id: item.id, info: information(item, theta) }))
    .sort((x, y) => y.info - x.info || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  if (ranked.length === 0) return null;
  const [index, rng] = randomIndex(rngState, Math.min(RANDOMESQUE, ranked.length));
  return { id: ranked[index]?.id ?? '', rng };
}

/** Whether an area is done: n ≥ min and (SE ≤ target or n ≥ max), or its bank has run out. */
export function areaDone(rule: StopRule, asked: number, se: number, remaining: number): boolean {
  if (remaining === 0) return true;
  return asked >= rule.min && (se <= rule.seTarget || asked >= rule.max);
}
