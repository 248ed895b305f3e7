import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { compileBanks } from '../build/compile.ts';
import { ROLE } from '../build/synthetic.ts';
import {
  QUESTION_TYPES,
  combinations,
  rulesOf,
  type QuestionShape,
  type QuestionTypeRules
} from './question-types.ts';

const options = (correct: number, total: number) =>
  Array.from({ length: total }, (_, i) => ({ id: 'abcdef'[i] ?? 'x', correct: i < correct }));

describe('question types', () => {
  it('single: one of its options, guessed one time in n', () => {
    const q: QuestionShape = { options: options(1, 4) };
    const single = QUESTION_TYPES.single;
    expect(single.validate(q)).toEqual([]);
    expect(single.isComplete(q, ['b'])).toBe(true);
    expect(single.isComplete(q, ['a', 'b'])).toBe(false);
    expect(single.isComplete(q, ['z'])).toBe(false);
    expect(single.guessing(q)).toBe(0.25);
    expect(single.validate({ options: options(2, 4) })[0]?.path).toEqual(['options']);
  });

  it('multiple: distinct known options, and a stated count that matches its key', () => {
    const q: QuestionShape = { options: options(2, 5), choose: 2 };
    const multiple = QUESTION_TYPES.multiple;
    expect(multiple.validate(q)).toEqual([]);
    expect(multiple.choose(q)).toBe(2);
    expect(multiple.isComplete(q, ['a', 'a'])).toBe(false);
    expect(multiple.isComplete(q, [])).toBe(false);
    expect(multiple.isComplete(q, ['c'])).toBe(false);
    expect(multiple.isComplete(q, ['c', 'e'])).toBe(true);
    expect(multiple.isComplete(q, ['a', 'b', 'c'])).toBe(false);
    // Two of five by a blind guess: one chance in ten.
    expect(multiple.guessing(q)).toBeCloseTo(0.1, 12);
    expect(multiple.validate({ ...q, choose: 3 })[0]?.path).toEqual(['choose']);
  });

  it('counts combinations', () => {
    expect([
      combinations(4, 2),
      combinations(5, 2),
      combinations(5, 3),
      combinations(6, 3)
    ]).toEqual([6, 10, 10, 20]);
  });

  it('a new type is one entry: the compiler and the scoring take it with no other change', () => {
    const truefalse: QuestionTypeRules = {
      validate: (q) =>
        q.options.length === 2 ? [] : [{ path: ['options'], message: 'needs exactly two options' }],
      choose: () => 1,
      isComplete: (q, chosen) => chosen.length === 1 && q.options.some((o) => o.id === chosen[0]),
      guessing: () => 0.5
    };
    const types = { ...QUESTION_TYPES, truefalse };
    const root = mkdtempSync(join(tmpdir(), 'types-'));
    mkdirSync(join(root, 'questions'));
    const area = {
      id: 'cloud',
      code: 0,
      title: 'Cloud',
      description: 'Cloud things',
      domains: [{ id: 'compute', title: 'Compute', share: 100 }],
      resources: [1, 2, 3].map((n) => ({ title: `Doc ${n}`, url: `https://example.com/${n}` }))
    };
    const question = (id: string, count: number) => ({
      id,
      domain: 'compute',
      type: 'truefalse',
      difficulty: 2,
      ratings: [2, 2, 3],
      prompt: 'Is it so?',
      options: [
        { id: 't', text: 'True', correct: true },
        { id: 'f', text: 'False' },
        ...(count > 2 ? [{ id: 'm', text: 'Maybe' }] : [])
      ],
      explanation: 'Because.',
      references: [{ title: 'Doc', url: 'https://example.com/doc' }]
    });
    writeFileSync(
      join(root, 'questions', 'areas.yaml'),
      stringify({ role: ROLE, scoring: { rho: 0.55 }, areas: [area] })
    );
    writeFileSync(
      join(root, 'questions', 'cloud.yaml'),
      stringify({ questions: [question('cloud-001', 2), question('cloud-002', 3)] })
    );
    const compiled = compileBanks(root, { types });
    expect(compiled.errors).toEqual([
      'questions/cloud.yaml: question cloud-002: options: needs exactly two options'
    ]);
    const item = compiled.banks.cloud?.items[0];
    expect(item).toMatchObject({ type: 'truefalse', choose: 1 });
    expect(rulesOf('truefalse', types)?.guessing(item ?? { options: [] })).toBe(0.5);
    // The app's own registry does not know it: the same bank fails with the type named.
    expect(compileBanks(root).errors).toContain(
      'questions/cloud.yaml: question cloud-001: type: must be single or multiple'
    );
  });
});
