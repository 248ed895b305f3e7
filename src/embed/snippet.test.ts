import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { THEMES } from '../lib/params.ts';
import { LENGTHS, MODES } from '../quiz/config.ts';
import { DEFAULT_TITLE, embedOptions } from './options.ts';
import {
  appLink,
  attribute,
  defaultChoice,
  iframeSnippet,
  isShareUrl,
  loaderSnippet,
  type EmbedChoice
} from './snippet.ts';

const areaIds = ['cloud', 'ai-frameworks', 'security'];
const app = 'https://readiness.example/';

/** The attributes of the first tag in some HTML, unescaped the way a browser would. */
function attributesOf(html: string): Map<string, string> {
  const tag = /^<\w+([^>]*)>/.exec(html)?.[1] ?? '';
  const unescape = (value: string) =>
    value
      .replaceAll('&quot;', '"')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&amp;', '&');
  return new Map(
    [...tag.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map((m) => [m[1] ?? '', unescape(m[2] ?? '')])
  );
}

describe('loaderSnippet', () => {
  it('is a bare div, a fallback link and the script for the defaults', () => {
    expect(loaderSnippet(app, defaultChoice(areaIds), areaIds)).toBe(
      [
        '<div data-ai-readiness>',
        '  <a href="https://readiness.example/">Take the AI Architect readiness check</a>',
        '</div>',
        '<script src="https://readiness.example/embed.js" async></script>'
      ].join('\n')
    );
  });

  it('carries only the options that differ from the defaults, and the fallback link keeps them', () => {
    const choice: EmbedChoice = {
      ...defaultChoice(areaIds),
      areas: ['security', 'cloud'],
      length: 'quick',
      theme: 'dark',
      accent: '#aa3366',
      title: 'Test "your" <AI> skills',
      shareUrl: 'https://blog.example/post?id=1&x=2'
    };
    const snippet = loaderSnippet(app, choice, areaIds);
    expect(snippet.split('\n')[0]).toBe(
      '<div data-ai-readiness data-length="quick" data-areas="cloud,security" data-theme="dark" data-accent="#aa3366" data-title="Test &quot;your&quot; &lt;AI&gt; skills" data-share-url="https://blog.example/post?id=1&amp;x=2">'
    );
    expect(snippet).toContain(
      'href="https://readiness.example/?length=quick&amp;areas=cloud%2Csecurity&amp;theme=dark&amp;accent=%23aa3366"'
    );
  });

  it('leaves out a share URL that is not an absolute http(s) address', () => {
    for (const shareUrl of ['blog/post', 'javascript:alert(1)', 'ftp://x.example/'])
      expect(loaderSnippet(app, { ...defaultChoice(areaIds), shareUrl }, areaIds)).not.toContain(
        'data-share-url'
      );
  });

  it('gives back, through the loader, exactly the options chosen', () => {
    const choice = fc.record({
      areas: fc.subarray(areaIds),
      mode: fc.constantFrom(...MODES),
      length: fc.constantFrom(...LENGTHS),
      theme: fc.constantFrom(...THEMES),
      accent: fc.option(fc.constantFrom('#aa3366', '#fff', '#3b4fd8')),
      title: fc.string(),
      shareUrl: fc.oneof(fc.constant(''), fc.webUrl())
    });
    fc.assert(
      fc.property(choice, (chosen) => {
        const attributes = attributesOf(loaderSnippet(app, chosen, areaIds));
        const warnings: string[] = [];
        const read = embedOptions(
          (name) => attributes.get(`data-${name}`) ?? null,
          areaIds,
          'https://blog.example/',
          (warning) => warnings.push(warning)
        );
        expect(warnings).toEqual([]);
        const expected = new URL(appLink(app, chosen, areaIds, false)).searchParams;
        expect(read.query.filter(([name]) => name !== 'share')).toEqual([...expected]);
        expect(read.title).toBe(chosen.title.trim() || DEFAULT_TITLE);
        if (isShareUrl(chosen.shareUrl)) expect(read.shareUrl).toBe(new URL(chosen.shareUrl).href);
        else expect(read.shareUrl).toBeNull();
      }),
      { numRuns: 1000 }
    );
  });
});

describe('iframeSnippet', () => {
  it('frames the app with embed=1 at a fixed height, with a title', () => {
    const snippet = iframeSnippet(app, { ...defaultChoice(areaIds), areas: ['cloud'] }, areaIds);
    const attributes = attributesOf(snippet);
    expect(attributes.get('src')).toBe('https://readiness.example/?embed=1&areas=cloud');
    expect(attributes.get('title')).toBe(DEFAULT_TITLE);
    expect(attributes.get('height')).toBe('720');
    expect(attributes.get('frameborder')).toBe('0');
    expect(attributes.has('style')).toBe(false);
    expect(attributes.get('loading')).toBe('lazy');
    expect(attributes.get('allow')).toBe('clipboard-write; web-share');
    expect(snippet.endsWith('></iframe>')).toBe(true);
  });
});

describe('attribute', () => {
  it('escapes what could end the attribute or open a tag', () => {
    expect(attribute(`"><script>alert('x')</script>&`)).toBe(
      `&quot;&gt;&lt;script&gt;alert('x')&lt;/script&gt;&amp;`
    );
  });
});
