import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticIndex } from '../build/synthetic.ts';
import { resultOf } from '../quiz/run.ts';
import type { SavedProgress } from '../quiz/saved.ts';
import {
  STORAGE_KEY,
  clearProgress,
  loadProgress,
  saveProgress,
  type KeyValueStore
} from './storage.ts';

const index = syntheticIndex(['alpha', 'beta']);

function memoryStore(
  initial: Record<string, string> = {}
): KeyValueStore & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      data[key] = value;
    },
    removeItem: (key) => {
      delete data[key];
    }
  };
}

const throwing: KeyValueStore = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem: () => {
    throw new DOMException('denied', 'SecurityError');
  }
};

const progress: SavedProgress = {
  config: { mode: 'assessment', length: 'quick', areas: ['alpha', 'beta'] },
  today: 20_000,
  rho: 0.55,
  rng: 12345,
  areaIndex: 0,
  queue: [],
  current: { itemId: 'alpha-d3-1', optionOrder: ['b', 'a', 'd', 'c'] },
  answers: [
    {
      itemId: 'alpha-d3-2',
      area: 'alpha',
      choice: ['a'],
      correct: true,
      a: 1.5,
      b: 0,
      c: 0.25,
      theta: 0.3,
      se: 1
    }
  ]
};

describe('progress storage', () => {
  it('saves and loads progress', () => {
    const store = memoryStore();
    expect(saveProgress(store, index, progress)).toBe(true);
    expect(loadProgress(store, index)).toEqual({
      kind: 'saved',
      progress,
      finished: false,
      bankChanged: false
    });
    saveProgress(store, index, progress, true);
    expect(loadProgress(store, index)).toMatchObject({ kind: 'saved', finished: true });
  });

  it('has nothing when nothing was saved, and forgets on clear', () => {
    const store = memoryStore();
    expect(loadProgress(store, index)).toEqual({ kind: 'none' });
    saveProgress(store, index, progress);
    clearProgress(store);
    expect(loadProgress(store, index)).toEqual({ kind: 'none' });
  });

  it('discards a run in progress from another bank version, and keeps a finished one', () => {
    const store = memoryStore();
    saveProgress(store, { ...index, hash: 'deadbeef' }, progress);
    expect(loadProgress(store, index)).toEqual({ kind: 'discarded', reason: 'other-bank' });
    expect(store.data[STORAGE_KEY]).toBeUndefined();
    saveProgress(store, { ...index, hash: 'deadbeef' }, progress, true);
    expect(loadProgress(store, index)).toMatchObject({ kind: 'saved', bankChanged: true });
  });

  it('reads a save made before the higher-order model, scored as it was then', () => {
    // As the format-1 app (commit 6564064) wrote it after a finished quick check.
    const old = JSON.stringify({
      format: 1,
      bankHash: index.hash,
      finished: true,
      progress: {
        config: { mode: 'assessment', length: 'quick', areas: ['alpha'] },
        today: 20_500,
        rng: 99,
        areaIndex: 0,
        queue: [],
        current: null,
        answers: [
          {
            itemId: 'alpha-d3-2',
            area: 'alpha',
            choice: ['a'],
            correct: true,
            a: 1.5,
            b: 0,
            c: 0.25,
            theta: 0.62,
            se: 0.81
          }
        ]
      }
    });
    const loaded = loadProgress(memoryStore({ [STORAGE_KEY]: old }), index);
    expect(loaded.kind === 'saved' && loaded.progress.rho).toBeUndefined();
    if (loaded.kind !== 'saved') throw new Error('not read');
    const result = resultOf({ index, ...loaded.progress });
    expect(result.areas[0]).toMatchObject({ theta: 0.62, se: 0.81, score: 60 });
    expect(result.overall).toMatchObject({ score: 60, sd: null });
  });

  it('discards text that does not parse, and data that does not validate', () => {
    expect(loadProgress(memoryStore({ [STORAGE_KEY]: '{oops' }), index)).toEqual({
      kind: 'discarded',
      reason: 'unreadable'
    });
    const bad = { format: 1, bankHash: index.hash, progress: { ...progress, areaIndex: 9 } };
    expect(loadProgress(memoryStore({ [STORAGE_KEY]: JSON.stringify(bad) }), index)).toEqual({
      kind: 'discarded',
      reason: 'invalid'
    });
    const markup = {
      ...progress,
      answers: [{ ...progress.answers[0], itemId: '<img src=x onerror=alert(1)>' }]
    };
    const hostile = { format: 1, bankHash: index.hash, progress: markup };
    expect(loadProgress(memoryStore({ [STORAGE_KEY]: JSON.stringify(hostile) }), index).kind).toBe(
      'discarded'
    );
  });

  it('reports a missing or throwing store as unavailable, and never throws', () => {
    expect(loadProgress(null, index)).toEqual({ kind: 'unavailable' });
    expect(loadProgress(throwing, index)).toEqual({ kind: 'unavailable' });
    expect(saveProgress(throwing, index, progress)).toBe(false);
    expect(() => clearProgress(throwing)).not.toThrow();
  });

  it('gives saved progress, nothing or a discard reason for any stored text', () => {
    const valid = JSON.stringify({ format: 1, bankHash: index.hash, progress });
    const texts = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify({ format: 1, bankHash: index.hash, progress: v })),
      fc.nat({ max: valid.length }).chain((cut) => fc.constant(valid.slice(0, cut))),
      fc
        .tuple(fc.nat({ max: valid.length - 1 }), fc.string({ maxLength: 3 }))
        .map(([at, text]) => valid.slice(0, at) + text + valid.slice(at + 1))
    );
    fc.assert(
      fc.property(texts, (text) => {
        const loaded = loadProgress(memoryStore({ [STORAGE_KEY]: text }), index);
        expect(['saved', 'none', 'discarded']).toContain(loaded.kind);
        if (loaded.kind === 'saved') {
          expect(loaded.progress.areaIndex).toBeLessThan(loaded.progress.config.areas.length);
        }
      }),
      { numRuns: 3000 }
    );
  });
});
