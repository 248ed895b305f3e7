import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildResult, type Result } from '../quiz/result.ts';
import type { ShareIndex } from '../share/codec.ts';
import { attemptOf, importHistory, readEntries } from './history-read.ts';
import {
  HISTORY_FORMAT,
  HISTORY_LIMIT,
  clearHistory,
  exportHistory,
  historyKey,
  loadHistory,
  missedIn,
  recentlySeen,
  saveHistory,
  withAttempt,
  type Attempt
} from './history.ts';
import type { KeyValueStore } from './storage.ts';

const index: ShareIndex = {
  hash: '0badcafe',
  areas: [
    { id: 'cloud', code: 0, title: 'Cloud', weight: 1 },
    { id: 'security', code: 2, title: 'Security', weight: 1.5 }
  ]
};
const ROLE = 'AI Architect';
const KEY = historyKey(ROLE);

function result(day: number, theta: number, bankHash = index.hash): Result {
  return buildResult({
    bankHash,
    length: 'quick',
    day,
    areas: index.areas.map((info) => ({ info, estimate: { theta, se: 0.5 }, asked: 2 })),
    overallSd: 6
  });
}

const answers = [
  { itemId: 'cloud-001', area: 'cloud', correct: true, choice: ['a'] },
  { itemId: 'cloud-007', area: 'cloud', correct: false, choice: ['b'] },
  { itemId: 'security-003', area: 'security', correct: false, choice: null }
];

/** What a store holds, read and decoded as the progress screen reads it. */
function read(store: KeyValueStore) {
  const stored = loadHistory(store, KEY);
  const { entries, dropped } = readEntries(stored.attempts, index);
  return { entries, dropped: dropped + stored.dropped, unavailable: stored.unavailable };
}

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key)
  };
}

describe('history store', () => {
  it('keeps each attempt with its result, answers and time, oldest first', () => {
    const store = memoryStore();
    const first = attemptOf(result(20_400, 0.2), answers, 1_000);
    const second = attemptOf(result(20_430, 0.9), answers.slice(1), 2_000);
    expect(saveHistory(store, KEY, withAttempt([second], first))).toBe(true);
    const loaded = read(store);
    expect(loaded.dropped).toBe(0);
    expect(loaded.entries.map((entry) => entry.at)).toEqual([1_000, 2_000]);
    expect(loaded.entries[0]?.decoded).toEqual(result(20_400, 0.2));
    expect(loaded.entries[0]?.answers).toEqual([
      ['cloud-001', 'cloud', 'right'],
      ['cloud-007', 'cloud', 'wrong'],
      ['security-003', 'security', 'unknown']
    ]);
  });

  it('puts a sharpened result in place of its attempt: the id depends on the run only', () => {
    const first = attemptOf(result(20_400, 0.2), answers, 1_000);
    const sharpened = attemptOf(
      result(20_400, 0.4),
      [...answers, { itemId: 'cloud-009', area: 'cloud', correct: true, choice: ['c'] }],
      1_500
    );
    expect(sharpened.id).toBe(first.id);
    const list = withAttempt([first], sharpened);
    expect(list).toHaveLength(1);
    expect(list[0]?.answers).toHaveLength(4);
  });

  it('marks an attempt made on an older bank, and still reads it', () => {
    const store = memoryStore();
    saveHistory(store, KEY, [attemptOf(result(20_400, 0.2, '12345678'), answers, 1)]);
    const [entry] = read(store).entries;
    expect(entry?.bankChanged).toBe(true);
    expect(entry?.decoded.areas.map((area) => area.id)).toEqual(['cloud', 'security']);
  });

  it('drops damaged or partial attempts and says how many, keeping the rest', () => {
    const store = memoryStore();
    const good = attemptOf(result(20_400, 0.2), answers, 1);
    const attempts: unknown[] = [
      good,
      { ...good, id: 'x-1', result: `${good.result.slice(0, -2)}AA` },
      { ...good, id: 'x-2', answers: [['cloud-001', 'cloud', 'maybe']] },
      { ...good, id: 'BAD ID' },
      { id: 'x-3', at: 5 },
      'junk',
      null,
      good
    ];
    store.setItem(KEY, JSON.stringify({ format: HISTORY_FORMAT, attempts }));
    const loaded = read(store);
    expect(loaded.entries.map((entry) => entry.id)).toEqual([good.id]);
    expect(loaded.dropped).toBe(7);
  });

  it('never throws, whatever the store holds or does', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const store = memoryStore();
        store.setItem(KEY, text);
        const loaded = read(store);
        expect(Array.isArray(loaded.entries)).toBe(true);
      })
    );
    const throwing: KeyValueStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      }
    };
    expect(loadHistory(throwing, KEY).unavailable).toBe(true);
    expect(saveHistory(throwing, KEY, [])).toBe(false);
    expect(() => clearHistory(throwing, KEY)).not.toThrow();
    expect(loadHistory(null, KEY).unavailable).toBe(true);
  });

  it('leaves a history of a newer format unread rather than guessing at it', () => {
    const store = memoryStore();
    store.setItem(KEY, JSON.stringify({ format: HISTORY_FORMAT + 1, attempts: [] }));
    expect(loadHistory(store, KEY)).toEqual({ attempts: [], dropped: 1, unavailable: false });
  });

  it('keeps the newest attempts up to its limit', () => {
    const store = memoryStore();
    const many = Array.from({ length: HISTORY_LIMIT + 5 }, (_, i) =>
      attemptOf(
        result(20_000 + i, 0),
        [{ itemId: `cloud-${i}`, area: 'cloud', correct: true, choice: ['a'] }],
        i
      )
    );
    saveHistory(store, KEY, many);
    const loaded = read(store).entries;
    expect(loaded).toHaveLength(HISTORY_LIMIT);
    expect(loaded[0]?.at).toBe(5);
  });

  it('has one key per role and per scope', () => {
    expect(historyKey('AI Architect')).toBe('ai-readiness:history:ai-architect');
    expect(historyKey('AI Architect', 'embed-abc')).toBe(
      'ai-readiness:history:ai-architect:embed-abc'
    );
    expect(historyKey('Data Engineer')).not.toBe(historyKey('AI Architect'));
  });
});

describe('export and import', () => {
  const older = attemptOf(result(20_400, 0.2), answers, 1_000);
  const newer = attemptOf(result(20_430, 0.9), answers.slice(1), 2_000);
  const entriesOf = (attempts: Attempt[]) => {
    const store = memoryStore();
    saveHistory(store, KEY, attempts);
    return loadHistory(store, KEY).attempts;
  };

  it('merges an export into another history without duplicates', () => {
    const file = exportHistory(entriesOf([older, newer]), ROLE, Date.UTC(2026, 11, 1));
    const outcome = importHistory(file, entriesOf([newer]), ROLE, index);
    expect(outcome.ok && outcome.attempts.map((attempt) => attempt.id)).toEqual([
      older.id,
      newer.id
    ]);
    expect(outcome.ok && outcome.added).toBe(1);
    const again = importHistory(file, outcome.ok ? outcome.attempts : [], ROLE, index);
    expect(again.ok && again.added).toBe(0);
  });

  it('refuses what is not a history, a newer format, or another role, with a reason', () => {
    const file = JSON.parse(exportHistory(entriesOf([older]), ROLE, 0)) as Record<string, unknown>;
    expect(importHistory('{', [], ROLE, index)).toEqual({ ok: false, error: 'not-json' });
    expect(importHistory('[]', [], ROLE, index)).toEqual({ ok: false, error: 'not-history' });
    expect(
      importHistory(JSON.stringify({ ...file, format: HISTORY_FORMAT + 1 }), [], ROLE, index)
    ).toEqual({ ok: false, error: 'newer-format' });
    expect(importHistory(JSON.stringify(file), [], 'Data Engineer', index)).toEqual({
      ok: false,
      error: 'other-role'
    });
  });

  it('counts the attempts of a file that could not be read', () => {
    const file = JSON.parse(exportHistory(entriesOf([older]), ROLE, 0)) as {
      attempts: unknown[];
    };
    const good = file.attempts[0] as Attempt;
    file.attempts.push({ id: 'broken' }, { ...good, id: 'bad-crc', result: `${good.result}A` });
    const outcome = importHistory(JSON.stringify(file), [], ROLE, index);
    expect(outcome.ok && [outcome.added, outcome.dropped]).toEqual([1, 2]);
  });
});

describe('what a history says about the next attempt', () => {
  it('lists the questions of the latest attempts, and what an attempt missed', () => {
    const one = attemptOf(result(1, 0), answers.slice(0, 1), 1);
    const two = attemptOf(result(2, 0), answers.slice(1, 2), 2);
    const three = attemptOf(result(3, 0), answers.slice(2), 3);
    expect([...recentlySeen([one, two, three], 2)].sort()).toEqual(['cloud-007', 'security-003']);
    expect(missedIn(attemptOf(result(1, 0), answers, 1))).toEqual([
      { itemId: 'cloud-007', area: 'cloud' },
      { itemId: 'security-003', area: 'security' }
    ]);
  });
});
