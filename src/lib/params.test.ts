import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidConfig } from '../quiz/config.ts';
import { parseParams } from './params.ts';

const areaIds = ['cloud', 'ai-frameworks', 'security'];

describe('parseParams', () => {
  it('defaults to a standard assessment of every area', () => {
    const params = parseParams('', areaIds);
    expect(params.config).toEqual({ mode: 'assessment', length: 'standard', areas: areaIds });
    expect(params.notices).toEqual([]);
  });

  it('preselects mode, length and areas in bank order', () => {
    const params = parseParams('?mode=practice&length=quick&areas=security,cloud', areaIds);
    expect(params.config).toEqual({
      mode: 'practice',
      length: 'quick',
      areas: ['cloud', 'security']
    });
  });

  it('names every ignored parameter and value', () => {
    const params = parseParams(
      '?mode=exam&length=long&areas=cloud,mars&foo=1&theme=pink&accent=red',
      areaIds
    );
    expect(params.config).toEqual({ mode: 'assessment', length: 'standard', areas: ['cloud'] });
    expect(params.notices).toEqual([
      'Ignored unknown setting “foo”.',
      'Ignored mode “exam”: use assessment or practice.',
      'Ignored length “long”: use quick, standard or thorough.',
      'Ignored unknown area “mars”.',
      'Ignored theme “pink”: use light, dark or auto.',
      'Ignored accent “red”: use a hex colour such as #3b5bdb.'
    ]);
  });

  it('keeps embed options and refuses a javascript: share address', () => {
    const params = parseParams(
      '?embed=1&theme=dark&accent=%23AA3366&share=javascript:alert(1)',
      areaIds
    );
    expect(params).toMatchObject({ embed: true, theme: 'dark', accent: '#aa3366', shareUrl: null });
    expect(params.notices).toHaveLength(1);
  });

  it('keeps the frame id embed.js gives and the embed page, and names bad ones', () => {
    expect(parseParams('?embed=1&frame=k3x9-a0', areaIds)).toMatchObject({
      frame: 'k3x9-a0',
      page: 'check',
      notices: []
    });
    expect(parseParams('?page=embed', areaIds)).toMatchObject({ frame: null, page: 'embed' });
    const bad = parseParams('?frame=%3Cb%3E&page=admin', areaIds);
    expect(bad).toMatchObject({ frame: null, page: 'check' });
    expect(bad.notices).toEqual([
      'Ignored frame “<b>”: it comes from embed.js.',
      'Ignored page “admin”: use embed.'
    ]);
    expect(parseParams(`?frame=${'a'.repeat(33)}`, areaIds).frame).toBeNull();
  });

  it('gives a valid config for any query string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (search) => {
        const params = parseParams(search, areaIds);
        expect(isValidConfig(params.config, areaIds)).toBe(true);
        for (const notice of params.notices) expect(notice.length).toBeLessThan(200);
      }),
      { numRuns: 2000 }
    );
  });
});
