import { describe, expect, it } from 'vitest';
import { STOP_RULES, areaDone, nextItem, type Candidate } from './select.ts';

const bank: Candidate[] = Array.from({ length: 20 }, (_, i) => ({
  id: `q${String(i).padStart(2, '0')}`,
  a: 1.5,
  b: (i % 5) - 2,
  c: 0.25
}));

function run(seed: number, theta: number, count: number): string[] {
  const asked = new Set<string>();
  let rng = seed;
  const order: string[] = [];
  for (let i = 0; i < count; i++) {
    const next = nextItem(bank, asked, theta, rng);
    if (!next) break;
    asked.add(next.id);
    order.push(next.id);
    rng = next.rng;
  }
  return order;
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
    expect(nextItem(bank, new Set(order), 0, 3)).toBeNull();
  });

  it('chooses among the three most informative items at θ̂', () => {
    // At θ̂ = 2 the hardest items (b = 2, ids q04, q09, q14, q19) carry the most information.
    for (let seed = 0; seed < 50; seed++) {
      const next = nextItem(bank, new Set(), 2, seed);
      expect(['q04', 'q09', 'q14']).toContain(next?.id);
    }
  });
});

describe('stopping rules', () => {
  const rule = STOP_RULES.standard;
  it('never stops before the minimum, even with a small SE', () => {
    expect(areaDone(rule, 4, 0.1, 10)).toBe(false);
  });
  it('stops once the SE reaches the target after the minimum', () => {
    expect(areaDone(rule, 5, 0.45, 10)).toBe(true);
    expect(areaDone(rule, 5, 0.46, 10)).toBe(false);
  });
  it('stops at the maximum whatever the SE', () => {
    expect(areaDone(rule, 10, 0.9, 10)).toBe(true);
  });
  it('stops when the bank runs out', () => {
    expect(areaDone(rule, 2, 0.9, 0)).toBe(true);
  });
});
