import { describe, expect, it } from 'vitest';
import { STOP_RULES } from './lengths.ts';
import { RANDOMESQUE_FIRST, areaDone, nextItem, type Candidate } from './select.ts';

const bank: Candidate[] = Array.from({ length: 20 }, (_, i) => ({
  id: `q${String(i).padStart(2, '0')}`,
  a: 1.5,
  b: (i % 5) - 2,
  c: 0.25,
  domain: 'one',
  type: 'single'
}));

function run(seed: number, theta: number, count: number, items = bank): string[] {
  const asked: string[] = [];
  let rng = seed;
  for (let i = 0; i < count; i++) {
    const next = nextItem({ bank: items, asked, theta, rng });
    if (!next) break;
    asked.push(next.id);
    rng = next.rng;
  }
  return asked;
}

describe('nextItem', () => {
  it('gives the same order for the same seed, and another for another seed', () => {
    expect(run(5, 0, 10)).toEqual(run(5, 0, 10));
    expect(run(5, 0, 10)).not.toEqual(run(6, 0, 10));
  });

  it('never asks an item twice and runs out with null', () => {
    const order = run(3, 0, 25);
    expect(order).toHaveLength(20);
    expect(new Set(order).size).toBe(20);
    expect(nextItem({ bank, asked: order, theta: 0, rng: 3 })).toBeNull();
  });

  it('chooses among the three most informative items at θ̂ once the area has an answer', () => {
    // At θ̂ = 2 the hardest items (b = 2: q04, q09, q14, q19) carry the most information.
    for (let seed = 0; seed < 50; seed++) {
      const next = nextItem({ bank, asked: ['q00'], theta: 2, rng: seed });
      expect(['q04', 'q09', 'q14']).toContain(next?.id);
    }
  });

  it('opens an area with one of ten, so that no few questions open every check', () => {
    const first = new Set(Array.from({ length: 300 }, (_, seed) => run(seed, 0, 1)[0]));
    expect(first.size).toBe(RANDOMESQUE_FIRST);
  });

  it('asks each question type and each domain in about its share of the bank', () => {
    // A quarter multiple-answer (more informative: no guessing), two domains of 70% and 30%.
    const mixed: Candidate[] = Array.from({ length: 40 }, (_, i) => ({
      id: `m${String(i).padStart(2, '0')}`,
      a: 1.5,
      b: (i % 5) - 2,
      c: i % 4 === 0 ? 0 : 0.25,
      type: i % 4 === 0 ? 'multiple' : 'single',
      domain: i % 10 < 7 ? 'big' : 'small'
    }));
    let multiple = 0;
    let small = 0;
    let asked = 0;
    for (let seed = 0; seed < 200; seed++) {
      for (const id of run(seed, 0.3, 8, mixed)) {
        const item = mixed.find((candidate) => candidate.id === id);
        asked++;
        if (item?.type === 'multiple') multiple++;
        if (item?.domain === 'small') small++;
      }
    }
    expect(multiple / asked).toBeGreaterThan(0.2);
    expect(multiple / asked).toBeLessThan(0.3);
    expect(small / asked).toBeGreaterThanOrEqual(0.25);
    expect(small / asked).toBeLessThan(0.35);
  });

  it('prefers questions not seen in recent attempts while they are nearly as informative', () => {
    const seen = new Set(['q04', 'q09', 'q14']);
    for (let seed = 0; seed < 50; seed++) {
      const next = nextItem({ bank, asked: ['q00'], theta: 2, rng: seed, seen });
      expect(next?.id).toBe('q19');
    }
    // When every near-best question was seen, a seen one is asked all the same.
    const all = new Set(bank.map((item) => item.id).filter((id) => id !== 'q00'));
    expect(nextItem({ bank, asked: ['q00'], theta: 2, rng: 1, seen: all })).not.toBeNull();
  });
});

describe('stopping rules', () => {
  const rule = STOP_RULES.standard;
  it('never stops before the minimum, even with a small SE', () => {
    expect(areaDone(rule, rule.min - 1, 0.1, 10)).toBe(false);
  });
  it('stops once the SE reaches the target after the minimum', () => {
    expect(areaDone(rule, rule.min, rule.seTarget, 10)).toBe(true);
    expect(areaDone(rule, rule.min, rule.seTarget + 0.01, 10)).toBe(false);
  });
  it('stops at the maximum whatever the SE', () => {
    expect(areaDone(rule, rule.max, 0.9, 10)).toBe(true);
  });
  it('stops when the bank runs out', () => {
    expect(areaDone(rule, 2, 0.9, 0)).toBe(true);
  });
});
