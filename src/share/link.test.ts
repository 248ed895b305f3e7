import { REAL_AREA_IDS } from '../build/synthetic.ts';
import { describe, expect, it } from 'vitest';
import { buildResult, type Result } from '../quiz/result.ts';
import { decodeResult } from './codec.ts';

const AREA_CODES = REAL_AREA_IDS;
import { sharedPayload } from './hash.ts';
import { linkProblem, shareLink } from './link.ts';

const SITE = 'https://readiness.example.com/';
const index = {
  hash: 'c0ffee00',
  areas: AREA_CODES.map((id, code) => ({ id, code, title: id, weight: 1 }))
};

/** A result over the first `count` areas, every area at the same θ̂. */
function result(count: number, theta = 0.5): Result {
  return buildResult({
    bankHash: index.hash,
    length: 'standard',
    day: 20_400,
    areas: index.areas.slice(0, count).map((info) => ({ info, estimate: { theta, se: 0.42 } }))
  });
}

const payloadOf = (link: string) => sharedPayload(new URL(link).hash) ?? '';

describe('shareLink', () => {
  it('points at the band page of the app, with the payload in the fragment', () => {
    const shared = result(3, 1);
    const link = shareLink(shared, SITE, null);
    expect(link).toMatch(/^https:\/\/readiness\.example\.com\/r\/proficient\/#r=[\w-]+$/);
    const decoded = decodeResult(payloadOf(link), index);
    expect(decoded.ok && decoded.result).toEqual(shared);
  });

  it('keeps a sub-path deploy', () => {
    const link = shareLink(result(1, -2), 'https://example.org/tools/readiness/', null);
    expect(link.startsWith('https://example.org/tools/readiness/r/foundational/#r=')).toBe(true);
  });

  it('points at the embedding host page with #air= when there is one', () => {
    const link = shareLink(result(2), SITE, 'https://blog.example.net/post?id=7#comments');
    const url = new URL(link);
    expect(url.origin + url.pathname + url.search).toBe('https://blog.example.net/post?id=7');
    expect(url.hash.startsWith('#air=')).toBe(true);
    const decoded = decodeResult(url.hash.slice(5), index);
    expect(decoded.ok && decoded.result).toEqual(result(2));
  });

  it('carries an opt-in display name', () => {
    const decoded = decodeResult(payloadOf(shareLink(result(1), SITE, null, ' Ada ')), index);
    expect(decoded.ok && decoded.name).toBe('Ada');
    const anonymous = decodeResult(payloadOf(shareLink(result(1), SITE, null)), index);
    expect(anonymous.ok && anonymous.name).toBe(null);
  });

  it('fits six areas without a name in under 120 characters, in every band', () => {
    const lengths = [-3, -0.5, 0.6, 3].map((theta) => shareLink(result(6, theta), SITE, null));
    expect(lengths.map((link) => link.split('/r/')[1]?.split('/')[0])).toEqual([
      'foundational',
      'developing',
      'proficient',
      'ready'
    ]);
    for (const link of lengths) expect(link.length).toBeLessThan(120);
    expect(shareLink(result(6, 3), SITE, null)).toHaveLength(88);
    expect(shareLink(result(3, 3), SITE, null)).toHaveLength(72);
    expect(shareLink(result(1, 3), SITE, null)).toHaveLength(61);
  });
});

describe('sharedPayload', () => {
  it('reads #r= fragments only', () => {
    expect(sharedPayload('#r=AQID')).toBe('AQID');
    expect(sharedPayload('#r=')).toBe('');
    expect(sharedPayload('')).toBe(null);
    expect(sharedPayload('#air=AQID')).toBe(null);
    expect(sharedPayload('#review')).toBe(null);
  });
});

describe('linkProblem', () => {
  it('calls a newer link newer and every other problem damage, each with its own reason', () => {
    expect(linkProblem('future-version').title).toMatch(/newer version/);
    const others = [
      'empty',
      'not-base64',
      'too-long',
      'truncated',
      'bad-crc',
      'unknown-version',
      'bad-value'
    ] as const;
    for (const error of others)
      expect(linkProblem(error).title).toBe('This result link is damaged');
    const reasons = new Set(
      [...others, 'future-version' as const].map((e) => linkProblem(e).reason)
    );
    expect(reasons.size).toBe(8);
  });
});
