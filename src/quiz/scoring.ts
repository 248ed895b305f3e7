/** The IRT scoring model (docs/design.md §6): 3PL, EAP on a fixed grid, information, readiness, bands. */
import type { ItemParams } from './bank.ts';

/** The quadrature grid θ = −4, −3.9, …, 4 (81 points). */
export const GRID: readonly number[] = /* @__PURE__ */ Array.from(
  { length: 81 },
  (_, i) => Math.round((-4 + i * 0.1) * 10) / 10
);

export const PRIOR = { mean: 0, sd: 1.25 } as const;

/** z for a two-sided 80% interval. */
export const Z80 = 1.28;

export interface Response extends ItemParams {
  correct: boolean;
}

export interface Estimate {
  theta: number;
  se: number;
}

/** 3PL probability of a right answer: c + (1 − c) / (1 + e^(−a(θ − b))). */
export function probability(item: ItemParams, theta: number): number {
  return item.c + (1 - item.c) / (1 + Math.exp(-item.a * (theta - item.b)));
}

/** Fisher information of a 3PL item at θ: a² · (Q/P) · ((P − c)/(1 − c))². */
export function information(item: ItemParams, theta: number): number {
  const p = probability(item, theta);
  const ratio = (p - item.c) / (1 - item.c);
  return item.a * item.a * ((1 - p) / p) * ratio * ratio;
}

/** Log-likelihood of a right and a wrong answer at each grid point, per item parameters (memoized). */
const gridLikelihoods = new Map<string, { right: Float64Array; wrong: Float64Array }>();

function likelihoodsOf(item: ItemParams): { right: Float64Array; wrong: Float64Array } {
  const key = `${item.a}|${item.b}|${item.c}`;
  let cached = gridLikelihoods.get(key);
  if (!cached) {
    const right = new Float64Array(GRID.length);
    const wrong = new Float64Array(GRID.length);
    GRID.forEach((theta, g) => {
      const p = probability(item, theta);
      right[g] = Math.log(p);
      wrong[g] = Math.log(1 - p);
    });
    cached = { right, wrong };
    // Banks share few distinct parameter sets; the bound only guards against pathological input.
    if (gridLikelihoods.size > 1024) gridLikelihoods.clear();
    gridLikelihoods.set(key, cached);
  }
  return cached;
}

/** EAP ability estimate and posterior SD, with the likelihood summed in log space. */
export function estimateAbility(responses: readonly Response[]): Estimate {
  const logPosterior = new Float64Array(GRID.length);
  GRID.forEach((theta, g) => {
    const z = (theta - PRIOR.mean) / PRIOR.sd;
    logPosterior[g] = -0.5 * z * z;
  });
  for (const r of responses) {
    const { right, wrong } = likelihoodsOf(r);
    const add = r.correct ? right : wrong;
    for (let g = 0; g < GRID.length; g++) logPosterior[g] = (logPosterior[g] ?? 0) + (add[g] ?? 0);
  }
  let peak = -Infinity;
  for (const value of logPosterior) if (value > peak) peak = value;
  let total = 0;
  let first = 0;
  let second = 0;
  for (let g = 0; g < GRID.length; g++) {
    const weight = Math.exp((logPosterior[g] ?? 0) - peak);
    const theta = GRID[g] ?? 0;
    total += weight;
    first += weight * theta;
    second += weight * theta * theta;
  }
  const theta = first / total;
  return { theta, se: Math.sqrt(Math.max(0, second / total - theta * theta)) };
}

/** The estimate before any answer: the prior's mean and (grid-discretized) SD. */
export const PRIOR_ESTIMATE: Estimate = /* @__PURE__ */ estimateAbility([]);

const LEVELS: readonly number[] = [-2, -1, 0, 1, 2];

/** Expected mastery across the five levels, 0–100 (unrounded). */
export function masteryPercent(theta: number): number {
  return (
    (100 * LEVELS.reduce((sum, b) => sum + 1 / (1 + Math.exp(-(theta - b))), 0)) / LEVELS.length
  );
}

/** The readiness score (0–100, whole number) of an ability estimate. */
export function readinessScore(theta: number): number {
  return Math.round(masteryPercent(theta));
}

/** The 80% range of the readiness score: the same map of θ̂ ± 1.28·SE. */
export function readinessRange(estimate: Estimate): { low: number; high: number } {
  return {
    low: readinessScore(estimate.theta - Z80 * estimate.se),
    high: readinessScore(estimate.theta + Z80 * estimate.se)
  };
}

/** The bands, lowest first; their words are the role's (areas.yaml `role.bands`). */
export const BANDS = ['foundational', 'developing', 'proficient', 'ready'] as const;
export type Band = (typeof BANDS)[number];

/** Foundational < 40 ≤ Developing < 60 ≤ Proficient < 75 ≤ ready. */
export function band(score: number): Band {
  if (score < 40) return 'foundational';
  if (score < 60) return 'developing';
  if (score < 75) return 'proficient';
  return 'ready';
}

export interface WeightedScore {
  score: number;
  low: number;
  high: number;
  weight: number;
}

export interface OverallScore {
  score: number;
  low: number;
  high: number;
  band: Band;
}

/**
 * The weighted mean of area scores; its range is the weighted mean of the area ranges. The band is
 * the mean's band, but never more than one band above the weakest area's.
 */
export function overallScore(areas: readonly WeightedScore[]): OverallScore {
  const totalWeight = areas.reduce((sum, a) => sum + a.weight, 0);
  const mean = (pick: (a: WeightedScore) => number) =>
    totalWeight === 0
      ? 0
      : Math.round(areas.reduce((sum, a) => sum + a.weight * pick(a), 0) / totalWeight);
  const score = mean((a) => a.score);
  const weakest = Math.min(...areas.map((a) => BANDS.indexOf(band(a.score))));
  const capped = Math.min(BANDS.indexOf(band(score)), weakest + 1);
  return {
    score,
    low: mean((a) => a.low),
    high: mean((a) => a.high),
    band: BANDS[capped] ?? 'foundational'
  };
}
