import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOOP_LENGTH, WINDOW_MS, gateHeight, openGate, type ResizeGate } from './resize.ts';

/** Feeds observations through a gate; returns the reported heights and the final gate. */
function run(observations: [time: number, height: number][], start: ResizeGate = openGate) {
  let gate = start;
  const reported: number[] = [];
  for (const [time, height] of observations) {
    const next = gateHeight(gate, height, time);
    gate = next.gate;
    if (next.height !== null) reported.push(next.height);
  }
  return { reported, gate };
}

describe('gateHeight', () => {
  it('reports the first height rounded up, then every change of 2 px or more', () => {
    const { reported } = run([
      [0, 640.3],
      [16, 641.9],
      [32, 642.5],
      [48, 900],
      [64, 899],
      [80, 600]
    ]);
    expect(reported).toEqual([641, 643, 900, 600]);
  });

  it('follows content that grows for many frames in a row (an animation)', () => {
    const frames = Array.from({ length: 60 }, (_, i): [number, number] => [i * 16, 600 + i * 10]);
    expect(run(frames).reported).toHaveLength(60);
  });

  it('ignores heights that are not finite or are negative', () => {
    const { reported, gate } = run([
      [0, NaN],
      [1, -4],
      [2, Infinity]
    ]);
    expect(reported).toEqual([]);
    expect(gate).toEqual(openGate);
  });

  it('holds the largest height when the heights keep alternating (a resize loop)', () => {
    const loop = Array.from({ length: 40 }, (_, i): [number, number] => [
      i * 16,
      i % 2 ? 720 : 700
    ]);
    const { reported, gate } = run(loop);
    expect(reported).toEqual([700, 720, 700, 720, 700, 720]);
    expect(gate.sent).toBe(720);
    // Any other height, at once or later, is followed again.
    expect(gateHeight(gate, 500, 40 * 16).height).toBe(500);
    expect(gateHeight(gate, 700, 39 * 16 + WINDOW_MS).height).toBe(700);
  });

  it('follows a person flipping between screens and then leaving them', () => {
    // Results, review, results, review, results, then "Start again": the intro is shorter.
    const flips: [number, number][] = [2400, 2600, 2400, 2600, 2400, 900].map((h, i) => [
      i * 50,
      h
    ]);
    expect(run(flips).reported).toEqual([2400, 2600, 2400, 2600, 2400, 900]);
    const back: [number, number][] = [2600, 2400, 2600, 2400, 2600, 900].map((h, i) => [i * 50, h]);
    expect(run(back).reported.at(-1)).toBe(900);
  });

  it('does not mistake slow changes back and forth for a loop', () => {
    const slow = Array.from({ length: 12 }, (_, i): [number, number] => [
      i * 400,
      i % 2 ? 900 : 640
    ]);
    expect(run(slow).reported).toHaveLength(12);
  });

  it('stops any fast two-height loop after a few reports, holding the larger height', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 2, max: 400 }),
        fc.integer({ min: LOOP_LENGTH, max: 300 }),
        // A loop driven by layout turns at frame rate; six turns fit well within a window.
        fc.integer({ min: 1, max: 150 }),
        (low, gap, count, every) => {
          const loop = Array.from({ length: count }, (_, i): [number, number] => [
            i * every,
            i % 2 ? low + gap : low
          ]);
          const { reported, gate } = run(loop);
          expect(reported.length).toBeLessThanOrEqual(LOOP_LENGTH);
          expect(gate.sent).toBe(low + gap);
        }
      ),
      { numRuns: 2000 }
    );
  });

  it('reports exactly the changes of 2 px or more when heights do not loop', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 200, max: 3000 }), { minLength: 1, maxLength: 40 }),
        (heights) => {
          const expected: number[] = [];
          for (const height of heights) {
            const last = expected.at(-1);
            if (last === undefined || Math.abs(height - last) >= 2) expected.push(height);
          }
          // One observation every 2 s: never within one window.
          expect(run(heights.map((height, i) => [i * 2000, height])).reported).toEqual(expected);
        }
      ),
      { numRuns: 1000 }
    );
  });
});
