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
  /**
   * The posterior SD of the overall mastery, in points, when the range is a real interval
   * (score ± 1.28·SD); null for results made before the higher-order model, whose range is the
   * weighted mean of the area ranges.
   */
  sd: number | null;
}

/** The band of a mean score, never more than one band above the weakest area's. */
function cappedBand(score: number, areas: readonly WeightedScore[]): Band {
  const weakest = Math.min(...areas.map((a) => BANDS.indexOf(band(a.score))));
  return BANDS[Math.min(BANDS.indexOf(band(score)), weakest + 1)] ?? 'foundational';
}

/**
 * The overall of results made before the higher-order model (share links of format 1, saves of
 * format 1): the weighted mean of area scores, with the weighted mean of the area ranges.
 */
export function overallScore(areas: readonly WeightedScore[]): OverallScore {
  const totalWeight = areas.reduce((sum, a) => sum + a.weight, 0);
  const mean = (pick: (a: WeightedScore) => number) =>
    totalWeight === 0
      ? 0
      : Math.round(areas.reduce((sum, a) => sum + a.weight * pick(a), 0) / totalWeight);
  const score = mean((a) => a.score);
  return {
    score,
    low: mean((a) => a.low),
    high: mean((a) => a.high),
    band: cappedBand(score, areas),
    sd: null
  };
}

/**
 * The overall of the higher-order model: the weighted mean of the areas' mastery at their
 * (quantized) estimates, and its 80% interval mastery ± 1.28·SD, clamped to 0–100.
 */
export function overallInterval(
  areas: readonly (WeightedScore & { theta: number })[],
  sd: number
): OverallScore {
  const totalWeight = areas.reduce((sum, a) => sum + a.weight, 0);
  const mastery =
    totalWeight === 0
      ? 0
      : areas.reduce((sum, a) => sum + a.weight * masteryPercent(a.theta), 0) / totalWeight;
  const clamp = (value: number) => Math.min(100, Math.max(0, Math.round(value)));
  const score = clamp(mastery);
  return {
    score,
    low: clamp(mastery - Z80 * sd),
    high: clamp(mastery + Z80 * sd),
    band: cappedBand(score, areas),
    sd
  };
}

/** The normal distribution's CDF (Abramowitz and Stegun 7.1.26, error under 1.5e-7). */
function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

/** The band cuts on the score: Developing from 40, Proficient from 60, ready from 75. */
export const BAND_CUTS: readonly number[] = [40, 60, 75];

/** The ability at which mastery reaches a score (mastery rises with θ). */
function thetaAt(score: number): number {
  let low = -8;
  let high = 8;
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2;
    if (masteryPercent(mid) < score) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

const THETA_CUTS: readonly number[] = /* @__PURE__ */ BAND_CUTS.map(thetaAt);

/** How likely each band is, given a normal belief with this mean and SD over the cut points. */
function chances(mean: number, sd: number, cuts: readonly number[]): Record<Band, number> {
  const below = (cut: number) => (sd > 0 ? normalCdf((cut - mean) / sd) : mean < cut ? 1 : 0);
  const edges = [0, ...cuts.map(below), 1];
  return Object.fromEntries(
    BANDS.map((name, i) => [name, Math.max(0, (edges[i + 1] ?? 1) - (edges[i] ?? 0))])
  ) as Record<Band, number>;
}

/** The chance of each band for an area: its posterior taken as normal(θ̂, SE), cut at the bands. */
export function areaBandChances(estimate: Estimate): Record<Band, number> {
  return chances(estimate.theta, estimate.se, THETA_CUTS);
}

/** The chance of each band for the overall: normal(mastery, SD) on the score scale. */
export function overallBandChances(mastery: number, sd: number): Record<Band, number> {
  return chances(mastery, sd, BAND_CUTS);
}

// ---------------------------------------------------------------------------------------------
// The higher-order model: areas that borrow strength from a general ability they all share.
// θ_k = g + d_k, g ~ N(0, ρ·σ²), d_k ~ N(0, (1 − ρ)·σ²), σ = PRIOR.sd; computed exactly on GRID
// for both g and each θ_k. With ρ = 0 it is the per-area model above.
// ---------------------------------------------------------------------------------------------

/** The likelihood of an area's answers at each grid point, scaled so that its largest is 1. */
function likelihoodOnGrid(responses: readonly Response[]): Float64Array {
  const log = new Float64Array(GRID.length);
  for (const r of responses) {
    const { right, wrong } = likelihoodsOf(r);
    const add = r.correct ? right : wrong;
    for (let t = 0; t < GRID.length; t++) log[t] = (log[t] ?? 0) + (add[t] ?? 0);
  }
  let peak = -Infinity;
  for (const value of log) if (value > peak) peak = value;
  return log.map((value) => Math.exp(value - peak));
}

/** Unnormalized normal densities N(x; 0, variance) at each grid point, or of each grid difference. */
const gaussianCache = new Map<number, { at: Float64Array; between: Float64Array }>();
function gaussians(variance: number): { at: Float64Array; between: Float64Array } {
  let cached = gaussianCache.get(variance);
  if (!cached) {
    const n = GRID.length;
    const at = new Float64Array(n);
    const between = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      const x = GRID[i] ?? 0;
      at[i] = Math.exp((-0.5 * x * x) / variance);
      for (let j = 0; j < n; j++) {
        const d = x - (GRID[j] ?? 0);
        between[i * n + j] = Math.exp((-0.5 * d * d) / variance);
      }
    }
    cached = { at, between };
    if (gaussianCache.size > 32) gaussianCache.clear();
    gaussianCache.set(variance, cached);
  }
  return cached;
}

/** Mean and SD of a discrete distribution over GRID with the given (unnormalized) weights. */
function momentsOf(weights: ArrayLike<number>): Estimate {
  let total = 0;
  let first = 0;
  let second = 0;
  for (let i = 0; i < GRID.length; i++) {
    const w = weights[i] ?? 0;
    const x = GRID[i] ?? 0;
    total += w;
    first += w * x;
    second += w * x * x;
  }
  const theta = first / total;
  return { theta, se: Math.sqrt(Math.max(0, second / total - theta * theta)) };
}

/** What the model needs of each area's answers, and the posterior of g. */
interface Joint {
  /** The likelihood of each area's answers on the grid. */
  likelihoods: Float64Array[];
  /** M_k(g) for each area k, at each grid point g. */
  marginals: Float64Array[];
  /** p(g | answers), normalized, at each grid point. */
  general: Float64Array;
  /** N(t − g; 0, (1 − ρ)σ²) as an n × n table, t major. */
  within: Float64Array;
}

function joint(areas: readonly (readonly Response[])[], rho: number): Joint {
  const n = GRID.length;
  const variance = PRIOR.sd * PRIOR.sd;
  const within = gaussians((1 - rho) * variance).between;
  const prior = gaussians(rho * variance).at;
  const likelihoods = areas.map(likelihoodOnGrid);
  const marginals = likelihoods.map((likelihood) => {
    const m = new Float64Array(n);
    for (let g = 0; g < n; g++) {
      let sum = 0;
      for (let t = 0; t < n; t++) sum += (likelihood[t] ?? 0) * (within[t * n + g] ?? 0);
      m[g] = sum;
    }
    return m;
  });
  const general = new Float64Array(n);
  let total = 0;
  for (let g = 0; g < n; g++) {
    let value = prior[g] ?? 0;
    for (const m of marginals) value *= m[g] ?? 0;
    general[g] = value;
    total += value;
  }
  for (let g = 0; g < n; g++) general[g] = (general[g] ?? 0) / total;
  return { likelihoods, marginals, general, within };
}

/**
 * Every area's ability under the higher-order model with correlation ρ between areas (0 ≤ ρ < 1),
 * and the general ability g (null when ρ = 0: then each area is the per-area model). An area with
 * no answers gets what the other areas predict.
 */
export function estimateAreas(
  areas: readonly (readonly Response[])[],
  rho: number
): { general: Estimate | null; areas: Estimate[] } {
  if (rho <= 0) return { general: null, areas: areas.map(estimateAbility) };
  return remembered(areaEstimates, `${rho}|${signatureOf(areas)}`, () => computeAreas(areas, rho));
}

/** The answers of each area as a key: the same answers always give the same estimates. */
function signatureOf(areas: readonly (readonly Response[])[]): string {
  return areas
    .map((responses) => responses.map((r) => `${r.a},${r.b},${r.c},${r.correct ? 1 : 0}`).join(';'))
    .join('/');
}

/**
 * A small cache of results by key: a check asks for the same estimates several times per answer
 * (the guards, the next item, the result), and a retake or a review asks again.
 */
function remembered<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  const found = cache.get(key);
  if (found !== undefined) return found;
  const value = compute();
  if (cache.size >= 500) cache.delete(cache.keys().next().value as string);
  cache.set(key, value);
  return value;
}

const areaEstimates = new Map<string, { general: Estimate | null; areas: Estimate[] }>();
const overallEstimates = new Map<string, { mastery: number; sd: number }>();

function computeAreas(
  areas: readonly (readonly Response[])[],
  rho: number
): { general: Estimate | null; areas: Estimate[] } {
  const n = GRID.length;
  const { likelihoods, marginals, general, within } = joint(areas, rho);
  const estimates = likelihoods.map((likelihood, k) => {
    // p(g | the other areas' answers) ∝ p(g | all) / M_k(g).
    const others = new Float64Array(n);
    const own = marginals[k] ?? new Float64Array(n);
    for (let g = 0; g < n; g++)
      others[g] = (own[g] ?? 0) > 0 ? (general[g] ?? 0) / (own[g] ?? 1) : 0;
    const posterior = new Float64Array(n);
    for (let t = 0; t < n; t++) {
      let sum = 0;
      for (let g = 0; g < n; g++) sum += (within[t * n + g] ?? 0) * (others[g] ?? 0);
      posterior[t] = (likelihood[t] ?? 0) * sum;
    }
    return momentsOf(posterior);
  });
  return { general: momentsOf(general), areas: estimates };
}

/** Mastery (masteryPercent) at each grid point. */
const MASTERY: Float64Array = /* @__PURE__ */ Float64Array.from(GRID, (theta) =>
  masteryPercent(theta)
);

/**
 * The overall mastery before rounding (the weighted mean of the areas' mastery at their estimates,
 * 0–100: the weighted mean of the area scores) and the posterior SD of the weighted mean of area
 * mastery, by the law of total variance over g (given g the areas are independent).
 */
export function overallEstimate(
  areas: readonly (readonly Response[])[],
  weights: readonly number[],
  rho: number
): { mastery: number; sd: number } {
  return remembered(overallEstimates, `${rho}|${weights.join(',')}|${signatureOf(areas)}`, () =>
    computeOverall(areas, weights, rho)
  );
}

function computeOverall(
  areas: readonly (readonly Response[])[],
  weights: readonly number[],
  rho: number
): { mastery: number; sd: number } {
  const n = GRID.length;
  const totalWeight = weights.reduce((sum, w) => sum + w, 0);
  const share = weights.map((w) => w / totalWeight);
  const atEstimates = () =>
    estimateAreas(areas, rho).areas.reduce(
      (sum, estimate, k) => sum + (share[k] ?? 0) * masteryPercent(estimate.theta),
      0
    );
  /** E and Var of the weighted mastery for area posteriors p_k(t) ∝ L_k(t)·kernel_k(t). */
  const combine = (posteriors: ArrayLike<number>[]) => {
    let mean = 0;
    let variance = 0;
    posteriors.forEach((posterior, k) => {
      let total = 0;
      let first = 0;
      let second = 0;
      for (let t = 0; t < n; t++) {
        const p = posterior[t] ?? 0;
        const m = MASTERY[t] ?? 0;
        total += p;
        first += p * m;
        second += p * m * m;
      }
      const areaMean = first / total;
      const w = share[k] ?? 0;
      mean += w * areaMean;
      variance += w * w * Math.max(0, second / total - areaMean * areaMean);
    });
    return { mean, variance };
  };
  if (rho <= 0) {
    const prior = gaussians(PRIOR.sd * PRIOR.sd).at;
    const { variance } = combine(
      areas.map((responses) => {
        const likelihood = likelihoodOnGrid(responses);
        return likelihood.map((value, t) => value * (prior[t] ?? 0));
      })
    );
    return { mastery: atEstimates(), sd: Math.sqrt(variance) };
  }
  const { likelihoods, general, within } = joint(areas, rho);
  let mean = 0;
  let expectedVariance = 0;
  let meanOfSquares = 0;
  const given = likelihoods.map(() => new Float64Array(n));
  for (let g = 0; g < n; g++) {
    const weight = general[g] ?? 0;
    if (weight === 0) continue;
    likelihoods.forEach((likelihood, k) => {
      const posterior = given[k] as Float64Array;
      for (let t = 0; t < n; t++) posterior[t] = (likelihood[t] ?? 0) * (within[t * n + g] ?? 0);
    });
    const conditional = combine(given);
    mean += weight * conditional.mean;
    meanOfSquares += weight * conditional.mean * conditional.mean;
    expectedVariance += weight * conditional.variance;
  }
  const variance = expectedVariance + Math.max(0, meanOfSquares - mean * mean);
  return { mastery: atEstimates(), sd: Math.sqrt(variance) };
}
