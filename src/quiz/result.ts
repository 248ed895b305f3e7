/** The Result of an assessment as pure data, and the recommendations drawn from it. */
import type { AreaInfo } from './bank.ts';
import type { Length } from './lengths.ts';
import {
  areaBandChances,
  band,
  masteryPercent,
  overallBandChances,
  overallInterval,
  overallScore,
  readinessRange,
  readinessScore,
  type Band,
  type Estimate,
  type OverallScore
} from './scoring.ts';

export interface AreaResult {
  id: string;
  /** The area's share code. */
  code: number;
  title: string;
  weight: number;
  theta: number;
  se: number;
  score: number;
  low: number;
  high: number;
  band: Band;
  /** How likely each band is for this area (its posterior taken as normal). */
  chances: Record<Band, number>;
  /** How many questions the area asked, when known (links before format 2 do not carry it). */
  asked: number | null;
}

/** The overall score, with how likely each band is when its range is a real interval. */
export interface OverallResult extends OverallScore {
  chances: Record<Band, number> | null;
}

export interface Result {
  bankHash: string;
  length: Length;
  /** Days since 1970-01-01 (UTC) when the assessment ended. */
  day: number;
  areas: AreaResult[];
  overall: OverallResult;
}

/** θ̂ to 0.01 in [−4, 4] and SE to 0.01 in [0, 2.55]: what a share link carries, so shown = shared. */
export function quantize(estimate: Estimate): Estimate {
  const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
  return {
    theta: clamp(Math.round(estimate.theta * 100) / 100, -4, 4),
    se: clamp(Math.round(estimate.se * 100) / 100, 0, 2.55)
  };
}

/** The overall SD to 0.1 point in [0, 25.5]: what a share link carries. */
export function quantizeSd(sd: number): number {
  return Math.min(25.5, Math.max(0, Math.round(sd * 10) / 10));
}

/** An area's result from its (quantized) estimate. */
export function areaResult(
  info: Pick<AreaInfo, 'id' | 'code' | 'title' | 'weight'>,
  estimate: Estimate,
  asked: number | null = null
): AreaResult {
  const { theta, se } = quantize(estimate);
  const score = readinessScore(theta);
  return {
    id: info.id,
    code: info.code,
    title: info.title,
    weight: info.weight,
    theta,
    se,
    score,
    ...readinessRange({ theta, se }),
    band: band(score),
    chances: areaBandChances({ theta, se }),
    asked
  };
}

/**
 * Builds a Result from per-area estimates, in the order given. With `overallSd` (the posterior SD
 * of the overall mastery) the overall range is its real 80% interval; without it (results made
 * before the higher-order model) it is the weighted mean of the area ranges.
 */
export function buildResult(input: {
  bankHash: string;
  length: Length;
  day: number;
  areas: {
    info: Pick<AreaInfo, 'id' | 'code' | 'title' | 'weight'>;
    estimate: Estimate;
    asked?: number | null;
  }[];
  overallSd?: number | null;
}): Result {
  const areas = input.areas.map(({ info, estimate, asked }) =>
    areaResult(info, estimate, asked ?? null)
  );
  const sd = input.overallSd == null ? null : quantizeSd(input.overallSd);
  const overall = sd === null ? overallScore(areas) : overallInterval(areas, sd);
  const totalWeight = areas.reduce((total, area) => total + area.weight, 0);
  const mastery =
    areas.reduce((total, area) => total + area.weight * masteryPercent(area.theta), 0) /
    (totalWeight || 1);
  return {
    bankHash: input.bankHash,
    length: input.length,
    day: input.day,
    areas,
    overall: { ...overall, chances: sd === null ? null : overallBandChances(mastery, sd) }
  };
}

/**
 * The likeliest band and its chance, in whole percent, with the runner-up when it has at least a
 * 15% chance: what "Proficient, 70% likely; could be Developing" says.
 */
export function likeliestBands(chances: Record<Band, number>): {
  band: Band;
  percent: number;
  other: Band | null;
} {
  const ranked = (Object.entries(chances) as [Band, number][]).sort((x, y) => y[1] - x[1]);
  const [first, second] = ranked;
  return {
    band: first?.[0] ?? 'foundational',
    percent: Math.round(100 * (first?.[1] ?? 0)),
    other: second && second[1] >= 0.15 ? second[0] : null
  };
}

/** The areas whose ranges are widest because few of their questions were asked (SE above 0.6). */
export function widestAreas(result: Result): AreaResult[] {
  return result.areas
    .filter((area) => area.se > 0.6)
    .sort((x, y) => y.se - x.se)
    .slice(0, 2);
}

export interface Recommendation {
  area: AreaResult;
  /** Ids of the questions missed in this area (wrong or "I don't know"), in the order asked. */
  missed: string[];
}

/** The areas to work on first: ranked by weight × (100 − score), at most `count`. */
export function recommendations(
  result: Result,
  missedByArea: Record<string, string[]>,
  count = 3
): Recommendation[] {
  return [...result.areas]
    .sort((x, y) => y.weight * (100 - y.score) - x.weight * (100 - x.score))
    .slice(0, count)
    .map((area) => ({ area, missed: missedByArea[area.id] ?? [] }));
}

/** The UTC day number of a timestamp. */
export function dayOf(timestamp: number): number {
  return Math.floor(timestamp / 86_400_000);
}
