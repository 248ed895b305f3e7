import { describe, expect, it } from 'vitest';
import { BANDS } from '../quiz/scoring.ts';
import { ROLE } from './synthetic.ts';
import { DEFAULT_SITE_URL, bandPage, bandTags, siteUrl } from './band-pages.ts';

const built = `<!doctype html>
<html lang="en">
  <head>
    <title>AI Architect Readiness</title>
    <script type="module" crossorigin src="/readiness/assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="/readiness/assets/index-def.css">
  </head>
  <body><div id="app"></div></body>
</html>`;

/** The content of each meta tag of a page, by property or name. */
function metas(html: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)" \/>/g))
    found[match[1] ?? ''] = match[2] ?? '';
  return found;
}

describe('siteUrl', () => {
  it('defaults to the local preview with the base path', () => {
    expect(siteUrl(undefined, '/')).toBe(DEFAULT_SITE_URL);
    expect(siteUrl('', '/readiness/')).toBe('http://127.0.0.1:4173/readiness/');
  });

  it('normalizes SITE_URL to end with a slash, without query or fragment', () => {
    expect(siteUrl('https://readiness.example.com', '/')).toBe('https://readiness.example.com/');
    expect(siteUrl(' https://example.org/tools/readiness?x=1#y ', '/')).toBe(
      'https://example.org/tools/readiness/'
    );
  });

  it('refuses anything but an http(s) URL', () => {
    expect(() => siteUrl('ftp://example.org/', '/')).toThrow(/http/);
    expect(() => siteUrl('not a url', '/')).toThrow();
  });
});

describe('band pages', () => {
  it('differ from index.html only by the Open Graph and Twitter card tags', () => {
    for (const band of BANDS) {
      const page = bandPage(built, band, 'https://readiness.example.com/', ROLE);
      const withoutTags = page.replace(/\s*<meta (?:property|name)="(?:og|twitter):[^>]*\/>/g, '');
      expect(withoutTags.replace(/\s+/g, ' ')).toBe(built.replace(/\s+/g, ' '));
    }
  });

  it('name the band, and point at absolute image and page URLs', () => {
    const tags = metas(bandPage(built, 'ready', 'https://readiness.example.com/', ROLE));
    expect(tags).toMatchObject({
      'og:title': 'AI Architect readiness: Architect-ready',
      'og:image': 'https://readiness.example.com/og/ready.png',
      'og:image:width': '1200',
      'og:image:height': '630',
      'og:url': 'https://readiness.example.com/r/ready/',
      'twitter:card': 'summary_large_image',
      'twitter:image': 'https://readiness.example.com/og/ready.png'
    });
    expect(tags['og:description']).toMatch(/self-reported/);
  });

  it('escapes the site URL in attributes', () => {
    const tags = bandTags('developing', 'https://example.org/a"b&c/', ROLE);
    expect(tags).toContain('content="https://example.org/a&quot;b&amp;c/og/developing.png"');
  });

  it('refuses a page without a head', () => {
    expect(() => bandPage('<html></html>', 'proficient', DEFAULT_SITE_URL, ROLE)).toThrow(/head/);
  });
});
