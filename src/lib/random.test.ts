import { describe, expect, it } from 'vitest';
import { nextRandom, randomIndex, shuffle } from './random.ts';

describe('seeded RNG', () => {
  it('repeats for the same state and stays in [0, 1)', () => {
    expect(nextRandom(42)).toEqual(nextRandom(42));
    let state = 7;
    for (let i = 0; i < 1000; i++) {
      const [value, next] = nextRandom(state);
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      state = next;
    }
  });

  it('draws indices roughly uniformly', () => {
    const counts = [0, 0, 0];
    let state = 1;
    for (let i = 0; i < 3000; i++) {
      const [index, next] = randomIndex(state, 3);
      counts[index] = (counts[index] ?? 0) + 1;
      state = next;
    }
    for (const count of counts) expect(count).toBeGreaterThan(850);
  });

  it('shuffles into a permutation, the same one for the same seed', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f'];
    const [first] = shuffle(items, 99);
    expect([...first].sort()).toEqual(items);
    expect(shuffle(items, 99)[0]).toEqual(first);
    expect(shuffle(items, 100)[0]).not.toEqual(first);
  });
});
