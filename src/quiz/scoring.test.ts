import { describe, expect, it } from 'vitest';
import hierarchical from '../../tests/fixtures/hierarchical-reference.json';
import reference from '../../tests/fixtures/scoring-reference.json';
import {
  GRID,
  band,
  estimateAbility,
  estimateAreas,
  information,
  areaBandChances,
  masteryPercent,
  overallBandChances,
  overallEstimate,
  overallInterval,
  overallScore,
  probability,
  readinessRange,
  readinessScore
} from './scoring.ts';

describe('scoring reference (independent implementation)', () => {
  it('uses the same grid and prior', () => {
    expect(GRID).toHaveLength(81);
    expect(GRID[0]).toBe(reference.grid.from);
    expect(GRID[80]).toBe(reference.grid.to);
  });

  for (const testCase of reference.cases) {
    it(testCase.name, () => {
      const responses = testCase.items.map((item, i) => ({
        ...item,
        correct: testCase.responses[i] === 1
      }));
      const estimate = estimateAbility(responses);
      expect(estimate.theta).toBeCloseTo(testCase.theta, 4);
      expect(estimate.se).toBeCloseTo(testCase.se, 4);
      testCase.items.forEach((item, i) => {
        expect(information(item, estimate.theta)).toBeCloseTo(
          testCase.informationAtTheta[i] ?? NaN,
          4
        );
      });
      expect(readinessScore(estimate.theta)).toBe(testCase.readinessScore);
    });
  }
});

describe('3PL model', () => {
  it('has the guessing floor and is 1/2 above it at θ = b', () => {
    const item = { a: 1.5, b: 1, c: 0.25 };
    expect(probability(item, -40)).toBeCloseTo(0.25, 6);
    expect(probability(item, 1)).toBeCloseTo(0.625, 6);
  });

  it('gives multiple-answer items (c = 0) the most information at θ = b', () => {
    const item = { a: 2, b: 0.5, c: 0 };
    expect(information(item, 0.5)).toBeCloseTo(1, 6);
    expect(information(item, 0.5)).toBeGreaterThan(information(item, 1.5));
  });
});

describe('readiness score and bands', () => {
  it('maps θ = 0 to 50 and is monotone', () => {
    expect(readinessScore(0)).toBe(50);
    expect(readinessScore(1)).toBeGreaterThan(readinessScore(0.5));
  });

  it('brackets the score with the 80% range', () => {
    const range = readinessRange({ theta: 0.4, se: 0.5 });
    expect(range.low).toBeLessThan(readinessScore(0.4));
    expect(range.high).toBeGreaterThan(readinessScore(0.4));
  });

  it('cuts bands at 40, 60 and 75', () => {
    expect([39, 40, 59, 60, 74, 75].map(band)).toEqual([
      'foundational',
      'developing',
      'developing',
      'proficient',
      'proficient',
      'ready'
    ]);
  });

  it('weights the overall mean and caps its band one above the weakest area', () => {
    const strong = { score: 95, low: 90, high: 98, weight: 1 };
    const weak = { score: 30, low: 20, high: 40, weight: 1 };
    expect(overallScore([strong, strong, strong, weak])).toEqual({
      score: 79,
      low: 73,
      high: 84,
      band: 'developing',
      sd: null
    });
    expect(overallScore([{ ...strong, weight: 3 }, weak]).score).toBe(79);
    expect(overallScore([strong, { ...strong, score: 80 }]).band).toBe('ready');
  });
});

describe('the overall of the higher-order model', () => {
  it('is the weighted mean mastery with a real 80% interval, clamped to 0–100', () => {
    const areas = [
      { score: 73, low: 60, high: 84, weight: 1, theta: 1 },
      { score: 50, low: 30, high: 70, weight: 3, theta: 0 }
    ];
    const overall = overallInterval(areas, 8);
    const mastery = (masteryPercent(1) + 3 * masteryPercent(0)) / 4;
    expect(overall).toEqual({
      score: Math.round(mastery),
      low: Math.round(mastery - 1.28 * 8),
      high: Math.round(mastery + 1.28 * 8),
      band: 'developing',
      sd: 8
    });
    expect(overallInterval([{ ...areas[0], theta: 4 } as (typeof areas)[0]], 20).high).toBe(100);
  });

  it('says how likely each band is, the chances summing to one', () => {
    const sure = overallBandChances(67, 0.5);
    expect(sure.proficient).toBeGreaterThan(0.99);
    const unsure = overallBandChances(60, 10);
    expect(unsure.developing).toBeCloseTo(unsure.proficient + unsure.ready, 1);
    for (const chances of [sure, unsure, areaBandChances({ theta: 0.3, se: 0.7 })])
      expect(Object.values(chances).reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 6);
    // An ability exactly at a cut (score 60) is even odds below and above it.
    let low = -4;
    let high = 4;
    for (let i = 0; i < 50; i++) {
      const mid = (low + high) / 2;
      if (masteryPercent(mid) < 60) low = mid;
      else high = mid;
    }
    const cut = areaBandChances({ theta: low, se: 0.6 });
    expect(cut.developing + cut.foundational).toBeCloseTo(0.5, 3);
  });
});

describe('higher-order reference (independent implementation)', () => {
  it('uses the same grid and prior', () => {
    expect(hierarchical.grid).toEqual(reference.grid);
    expect(hierarchical.priorSd).toBe(reference.prior.sd);
  });

  for (const testCase of hierarchical.cases) {
    it(testCase.name, () => {
      const areas = testCase.areas.map((area) =>
        area.items.map((item, i) => ({ ...item, correct: area.responses[i] === 1 }))
      );
      const { general, areas: estimates } = estimateAreas(areas, testCase.rho);
      if (testCase.general === null) expect(general).toBeNull();
      else {
        expect(general?.theta).toBeCloseTo(testCase.general.theta, 4);
        expect(general?.se).toBeCloseTo(testCase.general.se, 4);
      }
      estimates.forEach((estimate, k) => {
        const expected = testCase.estimates[k];
        expect(estimate.theta).toBeCloseTo(expected?.theta ?? NaN, 4);
        expect(estimate.se).toBeCloseTo(expected?.se ?? NaN, 4);
        expect(readinessScore(estimate.theta)).toBe(expected?.readinessScore);
      });
      const overall = overallEstimate(areas, testCase.weights, testCase.rho);
      expect(overall.mastery).toBeCloseTo(testCase.overallMastery, 4);
      expect(overall.sd).toBeCloseTo(testCase.overallSd, 4);
    });
  }

  it('is the per-area model when ρ = 0', () => {
    const areas = [
      [{ a: 1.5, b: 0, c: 0.25, correct: true }],
      [{ a: 1.2, b: 1, c: 0, correct: false }]
    ];
    expect(estimateAreas(areas, 0).areas).toEqual(areas.map((area) => estimateAbility(area)));
  });
});
