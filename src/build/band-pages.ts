/**
 * The static `r/<band>/` pages that share links point at. Crawlers drop the `#r=` fragment and run
 * no script, so each page carries its band in its Open Graph and Twitter card tags; otherwise it is
 * the built index.html, booting the same app. The band pictures are the role's: `og/<band>.png` in
 * its questions folder (made by `npm run og-images`), copied beside the pages.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { escapeAttribute } from '../lib/url.ts';
import { wordsFor } from '../lib/words-later.ts';
import type { Role } from '../quiz/bank.ts';
import { BANDS, type Band } from '../quiz/scoring.ts';
import { compileBanks, questionsDir } from './compile.ts';

/** Where the built site is served when SITE_URL is not set: `vite preview`. */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4173/';

/**
 * Band pages published under an earlier id: links made before still open there (the page is a copy
 * of the band's current page). The top band was `architect-ready` before band ids stopped naming
 * the role.
 */
export const LEGACY_BAND_PAGES: Readonly<Record<string, Band>> = { 'architect-ready': 'ready' };

/** The public URL of the app (SITE_URL, with a trailing slash), or the local preview with the base. */
export function siteUrl(env: string | undefined, base: string): string {
  const raw = env?.trim() || new URL(base, DEFAULT_SITE_URL).href;
  const url = new URL(raw);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL must be an http(s) URL, not ${raw}`);
  url.search = '';
  url.hash = '';
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** The Open Graph and Twitter card tags of a band's page; `image` when the role has its picture. */
export function bandTags(band: Band, site: string, role: Role, image = true): string {
  const words = wordsFor(role).bandPage;
  const label = role.bands[band];
  const picture = `${site}og/${band}.png`;
  const tags: [string, string, string][] = [
    ['property', 'og:type', 'website'],
    ['property', 'og:site_name', role.title],
    ['property', 'og:title', words.title(label)],
    ['property', 'og:description', words.description],
    ['property', 'og:url', `${site}r/${band}/`],
    ...(image
      ? ([
          ['property', 'og:image', picture],
          ['property', 'og:image:type', 'image/png'],
          ['property', 'og:image:width', '1200'],
          ['property', 'og:image:height', '630'],
          ['property', 'og:image:alt', words.alt(label)]
        ] as [string, string, string][])
      : []),
    ['name', 'twitter:card', image ? 'summary_large_image' : 'summary'],
    ['name', 'twitter:title', words.title(label)],
    ['name', 'twitter:description', words.description],
    ...(image
      ? ([
          ['name', 'twitter:image', picture],
          ['name', 'twitter:image:alt', words.alt(label)]
        ] as [string, string, string][])
      : [])
  ];
  return tags
    .map(
      ([key, name, content]) => `<meta ${key}="${name}" content="${escapeAttribute(content)}" />`
    )
    .join('\n    ');
}

/** A band's page: the built index.html with the band's tags added at the end of its head. */
export function bandPage(
  indexHtml: string,
  band: Band,
  site: string,
  role: Role,
  image = true
): string {
  const at = indexHtml.indexOf('</head>');
  if (at < 0) throw new Error('band pages: the built index.html has no </head>');
  return `${indexHtml.slice(0, at)}  ${bandTags(band, site, role, image)}\n  ${indexHtml.slice(at)}`;
}

/** Writes dist/r/<band>/index.html for every band (and legacy id), and the role's pictures. */
export function bandPages(root = process.cwd()): Plugin {
  let base = '/';
  return {
    name: 'band-pages',
    apply: 'build',
    configResolved(config) {
      base = config.base;
      if (!base.startsWith('/'))
        throw new Error(`band pages need an absolute base path (BASE_PATH), not "${base}"`);
      if (!process.env.SITE_URL)
        config.logger.warn(
          `SITE_URL is not set: share previews point at ${siteUrl(undefined, base)}. ` +
            'Set SITE_URL to the public URL of the app when building for production.'
        );
    },
    writeBundle(options, bundle) {
      const index = bundle['index.html'];
      if (!index || index.type !== 'asset' || !options.dir) return;
      const html =
        typeof index.source === 'string' ? index.source : new TextDecoder().decode(index.source);
      const site = siteUrl(process.env.SITE_URL, base);
      const { role } = compileBanks(root).index;
      const pictures = join(questionsDir(root), 'og');
      const hasPictures = BANDS.every((band) => existsSync(join(pictures, `${band}.png`)));
      if (hasPictures) {
        mkdirSync(join(options.dir, 'og'), { recursive: true });
        for (const band of BANDS)
          copyFileSync(join(pictures, `${band}.png`), join(options.dir, 'og', `${band}.png`));
      } else
        this.warn(
          `no band pictures in ${pictures}: run npm run og-images; band pages go without an image`
        );
      const pages: [string, Band][] = [
        ...BANDS.map((band): [string, Band] => [band, band]),
        ...Object.entries(LEGACY_BAND_PAGES)
      ];
      for (const [path, band] of pages) {
        const dir = join(options.dir, 'r', path);
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'index.html'), bandPage(html, band, site, role, hasPictures));
      }
    }
  };
}
