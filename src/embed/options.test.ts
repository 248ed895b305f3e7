import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { THEMES, embedSpecs } from '../lib/options.ts';
import { LENGTHS, MODES } from '../quiz/config.ts';
import { embedOptions, sharedPayload } from './options.ts';

const DEFAULT_TITLE = 'AI Architect readiness check';

const areaIds = ['cloud', 'ai-frameworks', 'security'];
const base = 'https://blog.example/posts/ai-architect.html?ref=1#comments';
/** The options of a div with these attributes, and the warnings they gave. */
function read(attributes: Record<string, string>) {
  const warnings: string[] = [];
  const options = embedOptions(
    { specs: embedSpecs(), areaIds, title: DEFAULT_TITLE },
    (name) => attributes[name] ?? null,
    base,
    (warning) => warnings.push(warning)
  );
  return { ...options, warnings };
}

describe('embedOptions', () => {
  it('passes every valid option to the app, areas in bank order', () => {
    expect(
      read({
        areas: 'security, cloud,',
        mode: 'practice',
        length: 'quick',
        theme: 'dark',
        accent: '#AA3366',
        title: '  Check your AI skills  ',
        'share-url': 'https://blog.example/post#old'
      })
    ).toEqual({
      query: [
        ['mode', 'practice'],
        ['length', 'quick'],
        ['areas', 'cloud,security'],
        ['theme', 'dark'],
        ['accent', '#AA3366'],
        ['share', 'https://blog.example/post#old']
      ],
      title: 'Check your AI skills',
      shareUrl: 'https://blog.example/post#old',
      warnings: []
    });
  });

  it('has no options and the default title for a bare div', () => {
    expect(read({})).toEqual({ query: [], title: DEFAULT_TITLE, shareUrl: null, warnings: [] });
  });

  it('resolves a relative share URL against the host page', () => {
    expect(read({ 'share-url': './quiz' }).shareUrl).toBe('https://blog.example/posts/quiz');
    expect(read({ 'share-url': '' }).shareUrl).toBe(base.replace('#comments', ''));
  });

  it.each([
    ['mode', 'exam'],
    ['mode', 'Assessment'],
    ['length', 'long'],
    ['areas', ' , '],
    ['areas', ''],
    ['theme', 'pink'],
    ['accent', 'red'],
    ['accent', '#12345'],
    ['accent', 'url(x)'],
    ['title', '   '],
    ['share-url', 'javascript:alert(1)'],
    ['share-url', 'data:text/html,hi'],
    ['share-url', 'http://[bad']
  ])('ignores data-%s="%s" with a warning naming it', (name, value) => {
    const other = name === 'theme' ? 'mode' : 'theme';
    const valid = name === 'theme' ? 'practice' : 'light';
    const options = read({ [name]: value, [other]: valid });
    expect(options.query).toEqual([[other, valid]]);
    expect(options.title).toBe(DEFAULT_TITLE);
    expect(options.shareUrl).toBeNull();
    expect(options.warnings).toEqual([`ignored data-${name}="${value.trim()}"`]);
  });

  it('keeps the known areas of a list and warns about the others', () => {
    const options = read({ areas: 'cloud, mars,security' });
    expect(options.query).toEqual([['areas', 'cloud,security']]);
    expect(options.warnings).toEqual(['ignored “mars” in data-areas="cloud, mars,security"']);
  });

  it('never throws and only passes valid values, warning once per ignored attribute', () => {
    const names = ['areas', 'mode', 'length', 'theme', 'accent', 'title', 'share-url'];
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom(...MODES, ...LENGTHS, ...THEMES, ...areaIds, '#fff', 'cloud,security')
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...names), value), (attributes) => {
        const options = read(attributes);
        const passed = new Map(options.query);
        expect(passed.size).toBe(options.query.length);
        for (const [name, given] of passed) {
          if (name === 'mode') expect(MODES).toContain(given);
          else if (name === 'length') expect(LENGTHS).toContain(given);
          else if (name === 'theme') expect(THEMES).toContain(given);
          else if (name === 'accent') expect(given).toMatch(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i);
          else if (name === 'areas')
            for (const area of given.split(',')) expect(areaIds).toContain(area);
          else expect(new URL(given).protocol).toMatch(/^https?:$/);
        }
        // Each attribute is passed on, warned about, or both (an area list with unknown ids).
        const used = passed.size + (options.title === DEFAULT_TITLE ? 0 : 1);
        const partly = options.warnings.filter((warning) => warning.includes('” in data-')).length;
        expect(used + options.warnings.length - partly).toBe(Object.keys(attributes).length);
      }),
      { numRuns: 3000 }
    );
  });
});

describe('sharedPayload', () => {
  it('finds the payload of an #air= fragment and nothing else', () => {
    expect(sharedPayload('#air=AQz_-09')).toBe('AQz_-09');
    expect(sharedPayload('#air=')).toBeNull();
    expect(sharedPayload('#air=a b')).toBeNull();
    expect(sharedPayload('#air=a<b>')).toBeNull();
    expect(sharedPayload('#r=AQz')).toBeNull();
    expect(sharedPayload('')).toBeNull();
    expect(sharedPayload(`#air=${'a'.repeat(400)}`)).toHaveLength(400);
    expect(sharedPayload(`#air=${'a'.repeat(401)}`)).toBeNull();
  });
});
