import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildResult } from '../quiz/result.ts';
import { scoreBar, shareSummary, shareText } from './text.ts';
import { ROLE } from '../build/synthetic.ts';

const result = buildResult({
  bankHash: '12345678',
  length: 'quick',
  day: 20_000,
  areas: [
    {
      info: { id: 'cloud', code: 0, title: 'Cloud Computing', weight: 1 },
      estimate: { theta: 1.2, se: 0.5 }
    },
    {
      info: { id: 'security', code: 2, title: 'Cybersecurity for AI', weight: 1 },
      estimate: { theta: -1, se: 0.6 }
    }
  ]
});

describe('scoreBar', () => {
  it('is ten block characters, one filled per ten points', () => {
    expect(scoreBar(0)).toBe('░░░░░░░░░░');
    expect(scoreBar(100)).toBe('██████████');
    expect(scoreBar(72)).toBe('███████░░░');
    expect(scoreBar(75)).toBe('████████░░');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), (score) => {
        const bar = scoreBar(score);
        expect([...bar]).toHaveLength(10);
        expect(bar).toMatch(/^█*░*$/);
      })
    );
  });
});

describe('share text', () => {
  it('gives the score, the band and one bar line per area, then the link', () => {
    const [cloud, security] = result.areas;
    const text = shareText(result, ROLE, 'https://example.com/r/developing/#r=AQID');
    expect(text.split('\n')).toEqual([
      `AI Architect readiness: ${result.overall.score}/100, Developing`,
      `${scoreBar(cloud?.score ?? 0)} ${cloud?.score} Cloud Computing`,
      `${scoreBar(security?.score ?? 0)} ${security?.score} Cybersecurity for AI`,
      'https://example.com/r/developing/#r=AQID'
    ]);
  });

  it('says nothing about questions', () => {
    expect(shareSummary(result, ROLE)).not.toMatch(/question|missed|wrong/i);
  });
});
