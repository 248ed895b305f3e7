import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useFakeFrames } from '../lib/fake-frames.ts';
import { syntheticBank } from '../build/synthetic.ts';
import type { AreaDetails } from '../quiz/bank.ts';
import { EXPLAIN_AFTER, RESULT_PARTS, ResultsStages } from './results-stages.svelte.ts';

const details = (id: string): AreaDetails => ({
  id,
  items: Object.fromEntries(
    syntheticBank(id, 1).items.map((item) => [
      item.id,
      { explanation: `<p>Why ${item.id}</p>`, references: [] }
    ])
  ),
  domains: { basics: 'Basics' },
  resources: []
});

describe('ResultsStages', () => {
  const { frame: frameCallbacks } = useFakeFrames();
  const loads: string[] = [];
  const loaders = {
    bank: vi.fn(async (id: string) => (loads.push(`bank ${id}`), syntheticBank(id, 1))),
    details: vi.fn(async (id: string) => (loads.push(`details ${id}`), details(id)))
  };
  beforeEach(() => void (loads.length = 0));
  /** One frame: its callbacks, then the tasks they queued. */
  const frame = () => {
    frameCallbacks();
    vi.advanceTimersByTime(0);
  };

  it('draws one part per frame, then loads only the areas to work on, then the explanations', async () => {
    const stages = new ResultsStages(loaders, ['alpha', 'beta'], () => ['beta']);
    stages.start();
    expect(stages.shown).toBe(1);
    for (let part = 2; part <= RESULT_PARTS; part++) {
      frame();
      expect(stages.shown).toBe(part);
      expect(loads).toEqual([]);
    }
    expect(stages.complete).toBe(true);
    frame();
    await vi.advanceTimersByTimeAsync(0);
    expect(loads).toEqual(['bank beta', 'details beta']);
    expect(stages.study?.items.map((item) => item.area)).toEqual(Array(5).fill('beta'));
    expect(Object.keys(stages.study?.details ?? {})).toEqual(['beta']);
    expect(stages.explained).toBeNull();
    await vi.advanceTimersByTimeAsync(EXPLAIN_AFTER);
    expect(loads).toContain('details alpha');
    expect(stages.explained?.map((item) => item.explanation)).toContain('<p>Why alpha-d1-1</p>');
  });

  it('explains at once when asked (the review), once, and stops drawing when the screen goes', async () => {
    const stages = new ResultsStages(loaders, ['alpha'], () => []);
    const stop = stages.start();
    await Promise.all([stages.explain(), stages.explain()]);
    expect(loads.filter((load) => load === 'details alpha')).toHaveLength(1);
    stop();
    frame();
    expect(stages.shown).toBe(1);
    stages.drawAll();
    expect(stages.complete).toBe(true);
  });

  it('tries the explanations again after a failed load', async () => {
    let fail = true;
    const flaky = {
      ...loaders,
      details: async (id: string) => {
        if (fail) throw new Error('404');
        return details(id);
      }
    };
    const stages = new ResultsStages(flaky, ['alpha'], () => []);
    await stages.explain();
    expect(stages.explained).toBeNull();
    fail = false;
    await stages.explain();
    expect(stages.explained).toHaveLength(5);
  });
});
