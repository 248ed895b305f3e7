import { describe, expect, it } from 'vitest';
import { areaChange, overallChange } from './change.ts';

describe('the change since the previous attempt', () => {
  it('is clear only when the 80% interval of the difference excludes zero', () => {
    // SD of the difference √(0.3² + 0.4²) = 0.5: a clear move needs more than 0.64.
    expect(
      areaChange({ score: 50, theta: 0, se: 0.3 }, { score: 62, theta: 0.7, se: 0.4 })
    ).toEqual({ delta: 12, clear: 'gain' });
    expect(
      areaChange({ score: 50, theta: 0, se: 0.3 }, { score: 60, theta: 0.6, se: 0.4 })
    ).toEqual({ delta: 10, clear: null });
    expect(
      areaChange({ score: 62, theta: 0.7, se: 0.3 }, { score: 50, theta: 0, se: 0.4 }).clear
    ).toBe('drop');
  });

  it('reads the overall on its own scale, from its SD or (older results) from its range', () => {
    const before = { score: 50, sd: 3, low: 46, high: 54 };
    expect(overallChange(before, { score: 57, sd: 4, low: 52, high: 62 })).toEqual({
      delta: 7,
      clear: 'gain'
    });
    expect(overallChange(before, { score: 55, sd: 4, low: 50, high: 60 }).clear).toBeNull();
    // No SD: (high − low) / 2.56 = 10 each, √200 ≈ 14.1; 1.28 × 14.1 ≈ 18.1 points needed.
    const old = { score: 40, sd: null, low: 27, high: 53 };
    expect(overallChange(old, { score: 58, sd: null, low: 45, high: 71 }).clear).toBeNull();
    expect(overallChange(old, { score: 60, sd: null, low: 47, high: 73 }).clear).toBe('gain');
  });
});
