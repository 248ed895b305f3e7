import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMBED_OPTION_NAMES, OPTIONS, embedSpecs, type OptionSpec } from '../lib/options.ts';
import { parseParams } from '../lib/params.ts';
import { escapeAttribute, isHttpUrl } from '../lib/url.ts';
import { ROLE } from '../build/synthetic.ts';
import { embedOptions } from './options.ts';

const DEFAULT_TITLE = 'AI Architect readiness check';
import {
  appLink,
  defaultChoice,
  iframeSnippet,
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
    expect(loaderSnippet(app, defaultChoice(areaIds), areaIds, ROLE)).toBe(
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
      areas: 'security,cloud',
      length: 'quick',
      theme: 'dark',
      accent: '#aa3366',
      title: 'Test "your" <AI> skills',
      share: 'https://blog.example/post?id=1&x=2'
    };
    const snippet = loaderSnippet(app, choice, areaIds, ROLE);
    expect(snippet.split('\n')[0]).toBe(
      '<div data-ai-readiness data-length="quick" data-areas="cloud,security" data-theme="dark" data-accent="#aa3366" data-title="Test &quot;your&quot; &lt;AI&gt; skills" data-share-url="https://blog.example/post?id=1&amp;x=2">'
    );
    expect(snippet).toContain(
      'href="https://readiness.example/?length=quick&amp;areas=cloud%2Csecurity&amp;theme=dark&amp;accent=%23aa3366"'
    );
  });

  it('leaves out a share URL that is not an absolute http(s) address', () => {
    for (const share of ['blog/post', 'javascript:alert(1)', 'ftp://x.example/'])
      expect(loaderSnippet(app, { ...defaultChoice(areaIds), share }, areaIds, ROLE)).not.toContain(
        'data-share-url'
      );
  });

  /** Valid values of any option of the vocabulary, by its kind: a new option is covered here. */
  const valueOf = (spec: OptionSpec): fc.Arbitrary<string> => {
    switch (spec.kind) {
      case 'choice':
        return fc.constantFrom(...(spec.values ?? []));
      case 'areas':
        return fc.subarray(areaIds).map((ids) => ids.join(','));
      case 'colour':
        return fc.constantFrom('', '#aa3366', '#fff', '#3b4fd8');
      case 'url':
        return fc.oneof(fc.constant(''), fc.webUrl());
      case 'text':
      case 'token':
        return fc.string();
    }
  };

  it('gives back, through embed.js and the app, exactly the options chosen, for every option', () => {
    const choice = fc.record(
      Object.fromEntries(EMBED_OPTION_NAMES.map((name) => [name, valueOf(OPTIONS[name])])) as {
        [K in keyof EmbedChoice]: fc.Arbitrary<string>;
      }
    );
    fc.assert(
      fc.property(choice, (chosen) => {
        // The blog owner's snippet, read by embed.js on the host page…
        const attributes = attributesOf(loaderSnippet(app, chosen, areaIds, ROLE));
        const warnings: string[] = [];
        const read = embedOptions(
          { specs: embedSpecs(), areaIds, title: DEFAULT_TITLE },
          (name) => attributes.get(`data-${name}`) ?? null,
          'https://blog.example/',
          (warning) => warnings.push(warning)
        );
        expect(warnings).toEqual([]);
        expect(read.title).toBe(chosen.title.trim() || DEFAULT_TITLE);
        // …then the frame's URL, read by the app.
        const params = parseParams(`?${new URLSearchParams(read.query)}`, areaIds);
        expect(params.notices).toEqual([]);
        const chosenAreas = areaIds.filter((id) => chosen.areas.split(',').includes(id));
        expect(params.config).toEqual({
          mode: chosen.mode,
          length: chosen.length,
          areas: chosenAreas.length > 0 ? chosenAreas : areaIds
        });
        expect(params.theme).toBe(chosen.theme);
        expect(params.accent).toBe(chosen.accent || null);
        const share = isHttpUrl(chosen.share) ? new URL(chosen.share).href : null;
        expect(params.shareUrl).toBe(share);
        expect(read.shareUrl).toBe(share);
        // The fallback link carries the same options, but never the share address.
        const linked = parseParams(new URL(appLink(app, chosen, areaIds, false)).search, areaIds);
        expect({ ...linked, notices: [] }).toEqual({ ...params, shareUrl: null, embed: false });
      }),
      { numRuns: 1000 }
    );
  });
});

describe('iframeSnippet', () => {
  it('frames the app with embed=1 at a fixed height, with a title', () => {
    const snippet = iframeSnippet(
      app,
      { ...defaultChoice(areaIds), areas: 'cloud' },
      areaIds,
      ROLE
    );
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

describe('escapeAttribute', () => {
  it('escapes what could end the attribute or open a tag', () => {
    expect(escapeAttribute(`"><script>alert('x')</script>&`)).toBe(
      `&quot;&gt;&lt;script&gt;alert('x')&lt;/script&gt;&amp;`
    );
  });
});
