/**
 * Simulated people taking whole checks on the real banks: how well the scores recover a known
 * ability, how honest their 80% ranges are, how long checks run and what they ask.
 */
import { nextRandom } from '../lib/random.ts';
import { candidateOf, type Item } from '../quiz/bank.ts';
import {
  PRIOR,
  Z80,
  estimateAbility,
  estimateAreas,
  masteryPercent,
  overallEstimate,
  overallInterval,
  overallScore,
  probability,
  readinessRange,
  readinessScore,
  type Estimate,
  type Response
} from '../quiz/scoring.ts';
import type { StopRule } from '../quiz/lengths.ts';
import { areaDone, nextItem } from '../quiz/select.ts';
import { questionSeconds, wordCount } from '../quiz/timing.ts';

/** One area as the simulation sees it: its items and each item's seconds. */
export interface SimArea {
  id: string;
  weight: number;
  items: Item[];
  /** Seconds per question id (reading and thinking, as the intro counts them). */
  seconds: Map<string, number>;
}

export interface CheckSettings {
  areas: SimArea[];
  rule: StopRule;
  /** The true correlation of the simulated people's areas. */
  trueRho: number;
  /** The scoring model's ρ (0: each area alone, with the old overall range). */
  modelRho: number;
  runs: number;
  seed: number;
  /**
   * Each person takes the check twice: 'fresh' avoids the questions of the first attempt (as the app
   * does with its history), 'ignore-seen' does not.
   */
  retake?: 'fresh' | 'ignore-seen';
}

export interface CheckSummary {
  meanQuestions: number;
  meanMinutes: number;
  /** RMSE of the overall score and of the area scores, in points. */
  overallRmse: number;
  areaRmse: number;
  /** Shares of true scores inside their 80% ranges. */
  areaCoverage: number;
  overallCoverage: number;
  /** Share of people whose overall band is their true overall band. */
  bandRight: number;
  /** Share of the questions asked that were multiple-answer, and the bank's share. */
  multipleAsked: number;
  multipleInBank: number;
  /** The largest gap, in points, between a domain's share of questions asked and of its bank. */
  domainGap: number;
  /** With `retake`: the share of a second attempt's questions already asked in the first. */
  repeated: number | null;
}

/** A normal draw (Box–Muller) from the seeded generator. */
function normal(rng: number): [number, number] {
  const [u, next] = nextRandom(rng);
  const [v, after] = nextRandom(next);
  return [Math.sqrt(-2 * Math.log(Math.max(u, 1e-12))) * Math.cos(2 * Math.PI * v), after];
}

/** The seconds of each item, as the build counts them for the intro. */
export function secondsOf(
  items: readonly Item[],
  text: (item: Item) => string
): Map<string, number> {
  return new Map(
    items.map((item) => [
      item.id,
      questionSeconds({
        words: wordCount(text(item)),
        difficulty: item.difficulty,
        multiple: item.type === 'multiple'
      })
    ])
  );
}

interface Attempt {
  estimates: Estimate[];
  responses: Response[][];
  asked: string[][];
  seconds: number;
}

/** One person's attempt at a whole check, area after area. */
function attempt(
  settings: CheckSettings,
  thetas: readonly number[],
  rng: number,
  seen: ReadonlySet<string> | undefined
): { attempt: Attempt; rng: number } {
  const { areas, rule, modelRho } = settings;
  const responses: Response[][] = areas.map(() => []);
  const asked: string[][] = areas.map(() => []);
  let seconds = 0;
  const estimateOf = (k: number): Estimate =>
    modelRho > 0
      ? (estimateAreas(responses, modelRho).areas[k] ?? estimateAbility([]))
      : estimateAbility(responses[k] ?? []);
  areas.forEach((area, k) => {
    const bank = area.items.map(candidateOf);
    const own = responses[k] as Response[];
    const ids = asked[k] as string[];
    let estimate = estimateOf(k);
    while (!areaDone(rule, ids.length, estimate.se, bank.length - ids.length)) {
      const picked = nextItem({ bank, asked: ids, theta: estimate.theta, rng, seen });
      if (!picked) break;
      rng = picked.rng;
      const item = bank.find((candidate) => candidate.id === picked.id);
      if (!item) break;
      const [draw, next] = nextRandom(rng);
      rng = next;
      ids.push(item.id);
      own.push({ ...item, correct: draw < probability(item, thetas[k] ?? 0) });
      seconds += area.seconds.get(item.id) ?? 0;
      estimate = estimateOf(k);
    }
  });
  const estimates =
    modelRho > 0
      ? estimateAreas(responses, modelRho).areas
      : responses.map((own) => estimateAbility(own));
  return { attempt: { estimates, responses, asked, seconds }, rng };
}

/** Runs simulated people through whole checks and summarizes how well the scores recover them. */
export function simulateCheck(settings: CheckSettings): CheckSummary {
  const { areas, trueRho, modelRho, runs } = settings;
  const weights = areas.map((area) => area.weight);
  const totalWeight = weights.reduce((sum, w) => sum + w, 0);
  let rng = settings.seed;
  const totals = {
    questions: 0,
    seconds: 0,
    overallSq: 0,
    areaSq: 0,
    areaCount: 0,
    areaIn: 0,
    overallIn: 0,
    bandRight: 0,
    multiple: 0,
    repeated: 0,
    retakeAsked: 0
  };
  const domainAsked = new Map<string, number>();
  for (let run = 0; run < runs; run++) {
    let z: number;
    [z, rng] = normal(rng);
    const general = z * PRIOR.sd * Math.sqrt(trueRho);
    const thetas = areas.map(() => {
      [z, rng] = normal(rng);
      return general + z * PRIOR.sd * Math.sqrt(1 - trueRho);
    });
    const first = attempt(settings, thetas, rng, undefined);
    rng = first.rng;
    const { estimates, responses, asked, seconds } = first.attempt;
    totals.questions += asked.flat().length;
    totals.seconds += seconds;

    const trueMastery = thetas.map(masteryPercent);
    const trueOverall = trueMastery.reduce((s, m, k) => s + (weights[k] ?? 0) * m, 0) / totalWeight;
    const areaScores = estimates.map((estimate, k) => ({
      score: readinessScore(estimate.theta),
      ...readinessRange(estimate),
      weight: weights[k] ?? 1,
      theta: estimate.theta
    }));
    estimates.forEach((estimate, k) => {
      const m = masteryPercent(estimate.theta);
      totals.areaSq += (m - (trueMastery[k] ?? 0)) ** 2;
      totals.areaCount++;
      const low = masteryPercent(estimate.theta - Z80 * estimate.se);
      const high = masteryPercent(estimate.theta + Z80 * estimate.se);
      if ((trueMastery[k] ?? 0) >= low && (trueMastery[k] ?? 0) <= high) totals.areaIn++;
    });
    let estimatedOverall: number;
    let overallBand: string;
    if (modelRho > 0) {
      const { mastery, sd } = overallEstimate(responses, weights, modelRho);
      estimatedOverall = mastery;
      if (Math.abs(trueOverall - mastery) <= Z80 * sd) totals.overallIn++;
      overallBand = overallInterval(areaScores, sd).band;
    } else {
      const old = overallScore(areaScores);
      estimatedOverall =
        areaScores.reduce((s, a) => s + a.weight * masteryPercent(a.theta), 0) / totalWeight;
      if (trueOverall >= old.low && trueOverall <= old.high) totals.overallIn++;
      overallBand = old.band;
    }
    totals.overallSq += (estimatedOverall - trueOverall) ** 2;
    // The true band follows the same rule as the shown one: the mean's band, capped one above the
    // weakest area's.
    const trueAreas = thetas.map((theta, k) => ({
      score: readinessScore(theta),
      low: 0,
      high: 0,
      weight: weights[k] ?? 1,
      theta
    }));
    if (overallBand === overallInterval(trueAreas, 0).band) totals.bandRight++;

    areas.forEach((area, k) => {
      for (const id of asked[k] ?? []) {
        const item = area.items.find((candidate) => candidate.id === id);
        if (item?.type === 'multiple') totals.multiple++;
        const key = `${area.id}:${item?.domain}`;
        domainAsked.set(key, (domainAsked.get(key) ?? 0) + 1);
      }
    });

    if (settings.retake) {
      const second = attempt(
        settings,
        thetas,
        rng,
        settings.retake === 'fresh' ? new Set(asked.flat()) : undefined
      );
      rng = second.rng;
      const before = new Set(asked.flat());
      const again = second.attempt.asked.flat();
      totals.retakeAsked += again.length;
      totals.repeated += again.filter((id) => before.has(id)).length;
    }
  }

  const bankItems = areas.flatMap((area) => area.items);
  let domainGap = 0;
  for (const area of areas) {
    const askedHere = [...domainAsked.entries()]
      .filter(([key]) => key.startsWith(`${area.id}:`))
      .reduce((s, [, n]) => s + n, 0);
    for (const domain of new Set(area.items.map((item) => item.domain))) {
      const inBank = area.items.filter((item) => item.domain === domain).length / area.items.length;
      const share = (domainAsked.get(`${area.id}:${domain}`) ?? 0) / (askedHere || 1);
      domainGap = Math.max(domainGap, Math.abs(share - inBank) * 100);
    }
  }
  return {
    meanQuestions: totals.questions / runs,
    meanMinutes: totals.seconds / runs / 60,
    overallRmse: Math.sqrt(totals.overallSq / runs),
    areaRmse: Math.sqrt(totals.areaSq / totals.areaCount),
    areaCoverage: totals.areaIn / totals.areaCount,
    overallCoverage: totals.overallIn / runs,
    bandRight: totals.bandRight / runs,
    multipleAsked: totals.multiple / totals.questions,
    multipleInBank: bankItems.filter((item) => item.type === 'multiple').length / bankItems.length,
    domainGap,
    repeated: settings.retake ? totals.repeated / (totals.retakeAsked || 1) : null
  };
}
