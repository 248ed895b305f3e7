/** Simulated test-takers: how well the adaptive check recovers a known ability. */
import { nextRandom } from '../lib/random.ts';
import { itemParams, type Item } from '../quiz/bank.ts';
import {
  band,
  estimateAbility,
  probability,
  readinessScore,
  type Response
} from '../quiz/scoring.ts';
import { STOP_RULES, areaDone, nextItem, type Length } from '../quiz/select.ts';

export interface SimulationRow {
  theta: number;
  bias: number;
  rmse: number;
  meanLength: number;
  /** Share of runs whose band equals the band of the true ability. */
  bandRight: number;
}

/** Runs `runs` simulated people of ability `theta` through one area and summarizes the estimates. */
export function simulateArea(
  items: readonly Item[],
  length: Length,
  theta: number,
  runs: number,
  seed: number
): SimulationRow {
  const candidates = items.map((item) => ({ id: item.id, ...itemParams(item) }));
  const trueBand = band(readinessScore(theta));
  const rule = STOP_RULES[length];
  let rng = seed;
  let sumError = 0;
  let sumSquared = 0;
  let sumLength = 0;
  let bandRight = 0;
  for (let run = 0; run < runs; run++) {
    const asked = new Set<string>();
    const responses: Response[] = [];
    let estimate = estimateAbility(responses);
    while (!areaDone(rule, responses.length, estimate.se, candidates.length - asked.size)) {
      const picked = nextItem(candidates, asked, estimate.theta, rng);
      if (!picked) break;
      rng = picked.rng;
      const item = candidates.find((candidate) => candidate.id === picked.id);
      if (!item) break;
      const [draw, next] = nextRandom(rng);
      rng = next;
      asked.add(item.id);
      responses.push({ ...item, correct: draw < probability(item, theta) });
      estimate = estimateAbility(responses);
    }
    const error = estimate.theta - theta;
    sumError += error;
    sumSquared += error * error;
    sumLength += responses.length;
    if (band(readinessScore(estimate.theta)) === trueBand) bandRight++;
  }
  return {
    theta,
    bias: sumError / runs,
    rmse: Math.sqrt(sumSquared / runs),
    meanLength: sumLength / runs,
    bandRight: bandRight / runs
  };
}

export const SIMULATED_THETAS = [-2, -1, 0, 1, 2] as const;
