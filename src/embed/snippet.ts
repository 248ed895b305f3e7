/** The code a blog owner pastes: the embed.js snippet, and a plain iframe for hosts that strip scripts. */
import { EMBED_OPTION_NAMES, OPTIONS, checkOption, type EmbedOptionName } from '../lib/options.ts';
import { escapeAttribute } from '../lib/url.ts';
import { wordsFor } from '../lib/words-later.ts';
import type { Role } from '../quiz/bank.ts';

/**
 * What the blog owner chose on the "Embed this check" page: a text value per option of the
 * vocabulary that a blog owner sets (areas as ids separated by commas); '' means the default.
 */
export type EmbedChoice = Record<EmbedOptionName, string>;

/** The fixed height of the plain iframe, in CSS pixels: the app scrolls inside it. */
export const PLAIN_HEIGHT = 720;

/** The default choice: every option at its default, every area ticked. */
export function defaultChoice(areaIds: readonly string[]): EmbedChoice {
  return Object.fromEntries(
    EMBED_OPTION_NAMES.map((name) => {
      const spec = OPTIONS[name];
      return [name, spec.kind === 'areas' ? areaIds.join(',') : (spec.default ?? '')];
    })
  ) as EmbedChoice;
}

/**
 * The chosen options that differ from the defaults, valid, in the vocabulary's order, as option
 * name and value (areas in bank order; every area or none is the default).
 */
function changed(choice: EmbedChoice, areaIds: readonly string[]): [EmbedOptionName, string][] {
  return EMBED_OPTION_NAMES.flatMap((name): [EmbedOptionName, string][] => {
    const spec = OPTIONS[name];
    const { value } = checkOption(spec, choice[name], areaIds);
    if (value === null || value === spec.default) return [];
    if (spec.kind === 'areas' && value.split(',').length === areaIds.length) return [];
    return [[name, value]];
  });
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
    ...changed(choice, areaIds).flatMap(([name, value]) => {
      const spec = OPTIONS[name];
      return spec.param && !('frameOnly' in spec) ? [[spec.param, value]] : [];
    })
  ]);
  const search = query.toString();
  return search ? `${appUrl}?${search}` : appUrl;
}

/** The embed.js snippet: the div with its options and fallback link, then the script. */
export function loaderSnippet(
  appUrl: string,
  choice: EmbedChoice,
  areaIds: readonly string[],
  role: Role
): string {
  const { embedTitle, takeCheck } = wordsFor(role).site;
  const attributes = [
    'data-ai-readiness',
    ...changed(choice, areaIds)
      .filter(([name, value]) => name !== 'title' || value !== embedTitle)
      .map(([name, value]) => `data-${OPTIONS[name].attr}="${escapeAttribute(value)}"`)
  ];
  return [
    `<div ${attributes.join(' ')}>`,
    `  <a href="${escapeAttribute(appLink(appUrl, choice, areaIds, false))}">${escapeAttribute(takeCheck)}</a>`,
    '</div>',
    `<script src="${escapeAttribute(`${appUrl}embed.js`)}" async></script>`
  ].join('\n');
}

/** The plain iframe: a fixed height with the app scrolling inside, no events, links to the app. */
export function iframeSnippet(
  appUrl: string,
  choice: EmbedChoice,
  areaIds: readonly string[],
  role: Role
): string {
  const src = appLink(appUrl, choice, areaIds, true);
  const title = new Map(changed(choice, areaIds)).get('title') ?? wordsFor(role).site.embedTitle;
  return [
    `<iframe src="${escapeAttribute(src)}"`,
    `  title="${escapeAttribute(title)}"`,
    // frameborder, not a style attribute: a host's Content-Security-Policy may block inline styles.
    `  width="100%" height="${PLAIN_HEIGHT}" frameborder="0"`,
    '  loading="lazy" allow="clipboard-write; web-share"></iframe>'
  ].join('\n');
}
