/**
 * The four static `r/<band>/` pages that share links point at. Crawlers drop the `#r=` fragment and
 * run no script, so each page carries its band in its Open Graph and Twitter card tags; otherwise it
 * is the built index.html, booting the same app.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { BANDS, BAND_LABELS, type Band } from '../quiz/scoring.ts';

/** Where the built site is served when SITE_URL is not set: `vite preview`. */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4173/';

const DESCRIPTION =
  'A self-reported result of the adaptive AI Architect readiness check. Open the link for the ' +
  'scores by area, or take the check yourself.';

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

function attribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** The Open Graph and Twitter card tags of a band's page. */
export function bandTags(band: Band, site: string): string {
  const title = `AI Architect readiness: ${BAND_LABELS[band]}`;
  const image = `${site}og/${band}.png`;
  const alt = `${BAND_LABELS[band]}: a self-reported AI Architect readiness result`;
  const tags: [string, string, string][] = [
    ['property', 'og:type', 'website'],
    ['property', 'og:site_name', 'AI Architect Readiness'],
    ['property', 'og:title', title],
    ['property', 'og:description', DESCRIPTION],
    ['property', 'og:url', `${site}r/${band}/`],
    ['property', 'og:image', image],
    ['property', 'og:image:type', 'image/png'],
    ['property', 'og:image:width', '1200'],
    ['property', 'og:image:height', '630'],
    ['property', 'og:image:alt', alt],
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:title', title],
    ['name', 'twitter:description', DESCRIPTION],
    ['name', 'twitter:image', image],
    ['name', 'twitter:image:alt', alt]
  ];
  return tags
    .map(([key, name, content]) => `<meta ${key}="${name}" content="${attribute(content)}" />`)
    .join('\n    ');
}

/** A band's page: the built index.html with the band's tags added at the end of its head. */
export function bandPage(indexHtml: string, band: Band, site: string): string {
  const at = indexHtml.indexOf('</head>');
  if (at < 0) throw new Error('band pages: the built index.html has no </head>');
  return `${indexHtml.slice(0, at)}  ${bandTags(band, site)}\n  ${indexHtml.slice(at)}`;
}

/** Writes dist/r/<band>/index.html for every band after the build has written index.html. */
export function bandPages(): Plugin {
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
      for (const band of BANDS) {
        const dir = join(options.dir, 'r', band);
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'index.html'), bandPage(html, band, site));
      }
    }
  };
}
