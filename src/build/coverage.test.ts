import { describe, expect, inject, it } from 'vitest';
import type { AuthoredQuestion } from './compile.ts';
import { REAL_AREA_IDS } from './synthetic.ts';
import { coverageErrors, coverageTable, coverageWarnings, keyIsLongest } from './coverage.ts';
import type { AreaSource } from './schema.ts';

const area: AreaSource = {
  id: 'cloud',
  code: 0,
  title: 'Cloud',
  description: 'd',
  domains: [
    { id: 'compute', title: 'Compute', share: 50 },
    { id: 'network', title: 'Network', share: 50 }
  ],
  resources: []
};

function question(n: number, overrides: Partial<AuthoredQuestion> = {}): AuthoredQuestion {
  return {
    id: `cloud-${n}`,
    area: 'cloud',
    file: 'questions/cloud.yaml',
    domain: n % 2 === 0 ? 'compute' : 'network',
    type: n % 4 === 0 ? 'multiple' : 'single',
    difficulty: ((n % 5) + 1) as 1,
    ratings: [(n % 5) + 1, (n % 5) + 1, (n % 5) + 1],
    prompt: `Scenario ${n}?`,
    options: [
      { id: 'a', text: 'Key option', correct: true },
      { id: 'b', text: 'Other option', correct: n % 4 === 0 },
      { id: 'c', text: 'Third option' },
      { id: 'd', text: 'Fourth option' }
    ],
    explanation: 'Why.',
    references: [{ title: 't', url: 'https://example.com' }],
    ...overrides
  };
}

const balanced = Array.from({ length: 60 }, (_, n) => question(n));

describe('coverage rules', () => {
  it('accept a balanced bank', () => {
    expect(coverageErrors([area], balanced)).toEqual([]);
  });

  it('count what a file holds, broken questions included', () => {
    expect(
      coverageErrors([area], balanced.slice(0, 51), { cloud: { total: 60, broken: 9 } })
    ).toContain('questions/cloud.yaml: has 60 questions, 9 of them broken (see above)');
    expect(
      coverageErrors([area], balanced.slice(0, 10), { cloud: { total: 15, broken: 5 } })
    ).toContain(
      'questions/cloud.yaml: has 15 questions (5 of them broken); each area needs at least 56'
    );
  });

  it('flag a key option whose words another question repeats', () => {
    const key = 'Route every request through the regional gateway with a token bucket per tenant';
    const leaky = [...balanced];
    leaky[1] = question(1, {
      options: [{ id: 'a', text: key, correct: true }, ...question(1).options.slice(1)]
    });
    leaky[5] = question(5, {
      explanation: `As before, route every request through the regional gateway with a token bucket.`
    });
    expect(coverageErrors([area], leaky)).toEqual([
      'questions/cloud.yaml: question cloud-5: explanation: gives away the key of cloud-1 ("route every request through the regional gateway with …")'
    ]);
    leaky[5] = question(5, { explanation: 'Route every request through the regional gateway.' });
    expect(coverageErrors([area], leaky)).toEqual([]);
  });

  it('warn, without failing, when an area has fewer principal questions than the target', () => {
    const fewTop = balanced.map((q) =>
      q.difficulty === 5 ? { ...q, difficulty: 4 as const, ratings: [4, 4, 4] } : q
    );
    fewTop[5] = { ...fewTop[5], difficulty: 5, ratings: [5, 5, 5] } as AuthoredQuestion;
    expect(coverageErrors([area], fewTop)).toEqual([]);
    expect(coverageWarnings([area], fewTop)).toEqual([
      'questions/cloud.yaml: difficulty 5: has 1 questions; the target is 8 (see "Levels after blind rating" in questions/README.md)'
    ]);
    const none = fewTop.map((q) =>
      q.difficulty === 5 ? { ...q, difficulty: 4 as const, ratings: [4, 4, 4] } : q
    );
    expect(coverageErrors([area], none)).toContain(
      'questions/cloud.yaml: difficulty 5: has 0 questions; needs at least 1'
    );
  });

  it('count questions per area and per difficulty', () => {
    const errors = coverageErrors([area], balanced.slice(0, 20));
    expect(errors).toContain('questions/cloud.yaml: has 20 questions; each area needs at least 56');
    expect(errors).toContain(
      'questions/cloud.yaml: difficulty 1: has 4 questions; needs at least 8'
    );
  });

  it('keep domains near their blueprint share', () => {
    const skewed = balanced.map((q) => ({ ...q, domain: 'compute' }));
    expect(coverageErrors([area], skewed)).toContain(
      'questions/cloud.yaml: domain network: 0.0% of the questions; the blueprint asks for 50% ± 4'
    );
  });

  it('need 20% multiple-answer questions', () => {
    const singles = balanced.map((q) => ({ ...q, type: 'single' as const }));
    expect(coverageErrors([area], singles)).toContain(
      'questions/cloud.yaml: 0 of 60 questions are multiple-answer; needs at least 20%'
    );
  });

  it('ban "of the above" options and unbolded negative stems', () => {
    const bad = [...balanced];
    bad[1] = question(1, {
      options: [...question(1).options.slice(0, 3), { id: 'd', text: 'All of the above' }]
    });
    bad[2] = question(2, { prompt: 'Which of these is not a region?' });
    bad[3] = question(3, { prompt: 'Which of these is **NOT** a region?' });
    const errors = coverageErrors([area], bad);
    expect(errors).toContain(
      'questions/cloud.yaml: question cloud-1: options[3].text: "of the above" options are not allowed'
    );
    expect(errors).toContain(
      'questions/cloud.yaml: question cloud-2: prompt: a negative stem needs its NOT (or EXCEPT) in bold capitals'
    );
    expect(errors.filter((e) => e.includes('cloud-3'))).toEqual([]);
  });

  it('limit how often the key is the longest option', () => {
    const longKey = balanced.map((q) =>
      q.type === 'single'
        ? {
            ...q,
            options: q.options.map((o) =>
              o.correct ? { ...o, text: 'A much longer key option' } : o
            )
          }
        : q
    );
    expect(keyIsLongest(longKey[1] as AuthoredQuestion)).toBe(true);
    expect(
      coverageErrors([area], longKey).some((e) =>
        e.includes('the right answer is the longest option in 45 of 45')
      )
    ).toBe(true);
  });

  it('need exactly four options on single-answer questions', () => {
    const three = [...balanced];
    three[1] = question(1, { options: question(1).options.slice(0, 3) });
    expect(coverageErrors([area], three)).toContain(
      'questions/cloud.yaml: question cloud-1: options: a single-answer question has exactly 4 options (found 3)'
    );
  });

  it('print a table of areas by difficulty and type', () => {
    expect(coverageTable([area], balanced)).toMatch(
      /cloud\s+60\s+12\s+12\s+12\s+12\s+12\s+45\s+15/
    );
  });
});

describe('the real question banks', () => {
  it('are valid and meet every counting rule', () => {
    const compiled = inject('realBanks');
    expect(compiled.errors).toEqual([]);
    expect(coverageErrors(compiled.areas, compiled.questions, compiled.held)).toEqual([]);
    expect(compiled.areas.map((a) => a.id)).toEqual(REAL_AREA_IDS);
  });
});
