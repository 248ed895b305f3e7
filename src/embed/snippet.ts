/** The code a blog owner pastes: the embed.js snippet, and a plain iframe for hosts that strip scripts. */
import type { Theme } from '../lib/params.ts';
import { defaultConfig, type Mode } from '../quiz/config.ts';
import type { Length } from '../quiz/select.ts';
import { DEFAULT_TITLE } from './options.ts';

/** What the blog owner chose on the "Embed this check" page. */
export interface EmbedChoice {
  /** Chosen area ids, in any order; all or none means every area. */
  areas: string[];
  mode: Mode;
  length: Length;
  theme: Theme;
  /** A #rrggbb accent, or null for the app's own. */
  accent: string | null;
  /** The iframe's accessible name; empty means the default. */
  title: string;
  /** The post's address for result links; empty means links to the app. */
  shareUrl: string;
}

/** The fixed height of the plain iframe, in CSS pixels: the app scrolls inside it. */
export const PLAIN_HEIGHT = 720;

/** The default choice: every area, a standard assessment, the reader's theme. */
export function defaultChoice(areaIds: readonly string[]): EmbedChoice {
  return { ...defaultConfig(areaIds), theme: 'auto', accent: null, title: '', shareUrl: '' };
}

/** Whether a share URL can be used: an absolute http(s) address. */
export function isShareUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** Escapes text for an HTML attribute value in double quotes. */
export function attribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** The choices that differ from the defaults, as option name and value, areas in bank order. */
function changed(choice: EmbedChoice, areaIds: readonly string[]): [string, string][] {
  const areas = areaIds.filter((id) => choice.areas.includes(id));
  const options: [string, string | null][] = [
    ['mode', choice.mode === 'assessment' ? null : choice.mode],
    ['length', choice.length === 'standard' ? null : choice.length],
    ['areas', areas.length === 0 || areas.length === areaIds.length ? null : areas.join(',')],
    ['theme', choice.theme === 'auto' ? null : choice.theme],
    ['accent', choice.accent]
  ];
  return options.filter((option): option is [string, string] => option[1] !== null);
}

/** The app's URL with the choice as query parameters (and `embed=1` when framed). */
export function appLink(
  appUrl: string,
  choice: EmbedChoice,
  areaIds: readonly string[],
  embed: boolean
): string {
  const query = new URLSearchParams([
    ...(embed ? [['embed', '1']] : []),
    ...changed(choice, areaIds)
  ]);
  const search = query.toString();
  return search ? `${appUrl}?${search}` : appUrl;
}

/** The embed.js snippet: the div with its options and fallback link, then the script. */
export function loaderSnippet(
  appUrl: string,
  choice: EmbedChoice,
  areaIds: readonly string[]
): string {
  const title = choice.title.trim();
  const attributes = [
    'data-ai-readiness',
    ...changed(choice, areaIds).map(([name, value]) => `data-${name}="${attribute(value)}"`),
    ...(title && title !== DEFAULT_TITLE ? [`data-title="${attribute(title)}"`] : []),
    ...(isShareUrl(choice.shareUrl) ? [`data-share-url="${attribute(choice.shareUrl)}"`] : [])
  ];
  return [
    `<div ${attributes.join(' ')}>`,
    `  <a href="${attribute(appLink(appUrl, choice, areaIds, false))}">Take the AI Architect readiness check</a>`,
    '</div>',
    `<script src="${attribute(`${appUrl}embed.js`)}" async></script>`
  ].join('\n');
}

/** The plain iframe: a fixed height with the app scrolling inside, no events, links to the app. */
export function iframeSnippet(
  appUrl: string,
  choice: EmbedChoice,
  areaIds: readonly string[]
): string {
  const src = appLink(appUrl, choice, areaIds, true);
  return [
    `<iframe src="${attribute(src)}"`,
    `  title="${attribute(choice.title.trim() || DEFAULT_TITLE)}"`,
    // frameborder, not a style attribute: a host's Content-Security-Policy may block inline styles.
    `  width="100%" height="${PLAIN_HEIGHT}" frameborder="0"`,
    '  loading="lazy" allow="clipboard-write; web-share"></iframe>'
  ].join('\n');
}
