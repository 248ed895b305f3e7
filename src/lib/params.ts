/** Parses the page's query string into a config and display options; bad input falls back, with a notice. */
import { FRAME_ID } from '../embed/protocol.ts';
import { LENGTHS, MODES, defaultConfig, type Mode, type QuizConfig } from '../quiz/config.ts';
import type { Length } from '../quiz/select.ts';
import { HEX_COLOUR, isHttpUrl } from './url.ts';

export type Theme = 'light' | 'dark' | 'auto';
export type Page = 'check' | 'embed';
export const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

export interface AppParams {
  config: QuizConfig;
  embed: boolean;
  theme: Theme;
  /** A #rgb or #rrggbb accent colour, or null for the default. */
  accent: string | null;
  /** Where share links point when embedded with data-share-url (an http(s) URL), or null. */
  shareUrl: string | null;
  /** The id embed.js gave this iframe (it talks to the host page only with one), or null. */
  frame: string | null;
  /** Which page to show: the check, or the "Embed this check" page (`?page=embed`). */
  page: Page;
  /** One plain-text line per ignored parameter or value. */
  notices: string[];
}

const KNOWN = [
  'mode',
  'length',
  'areas',
  'embed',
  'theme',
  'accent',
  'share',
  'frame',
  'page'
] as const;

/** Shortens a value for a notice; it is shown as text, never as HTML. */
function shown(value: string): string {
  const clean = [...value].filter((ch) => ch >= ' ' && ch !== '\u007f').join('');
  return clean.length > 40 ? `${clean.slice(0, 39)}…` : clean;
}

/** Never throws: any query string yields a valid config and the notices for what was ignored. */
export function parseParams(search: string, areaIds: readonly string[]): AppParams {
  const params = new URLSearchParams(search);
  const config = defaultConfig(areaIds);
  const notices: string[] = [];
  const result: AppParams = {
    config,
    embed: false,
    theme: 'auto',
    accent: null,
    shareUrl: null,
    frame: null,
    page: 'check',
    notices
  };

  for (const key of new Set(params.keys())) {
    if (!(KNOWN as readonly string[]).includes(key))
      notices.push(`Ignored unknown setting “${shown(key)}”.`);
  }
  const mode = params.get('mode');
  if (mode !== null) {
    if ((MODES as readonly string[]).includes(mode)) config.mode = mode as Mode;
    else notices.push(`Ignored mode “${shown(mode)}”: use ${MODES.join(' or ')}.`);
  }
  const length = params.get('length');
  if (length !== null) {
    if ((LENGTHS as readonly string[]).includes(length)) config.length = length as Length;
    else notices.push(`Ignored length “${shown(length)}”: use ${LENGTHS.join(', ')}.`);
  }
  const areas = params.get('areas');
  if (areas !== null) {
    const wanted = [
      ...new Set(
        areas
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean)
      )
    ];
    const unknown = wanted.filter((id) => !areaIds.includes(id));
    const known = areaIds.filter((id) => wanted.includes(id));
    if (unknown.length > 0)
      notices.push(
        `Ignored unknown area${unknown.length > 1 ? 's' : ''} “${shown(unknown.join(', '))}”.`
      );
    if (known.length > 0) config.areas = known;
    else if (unknown.length === 0) notices.push('Ignored an empty list of areas.');
  }
  const embed = params.get('embed');
  if (embed !== null) {
    if (embed === '1' || embed === '0') result.embed = embed === '1';
    else notices.push(`Ignored embed “${shown(embed)}”: use 1.`);
  }
  const theme = params.get('theme');
  if (theme !== null) {
    if ((THEMES as readonly string[]).includes(theme)) result.theme = theme as Theme;
    else notices.push(`Ignored theme “${shown(theme)}”: use light, dark or auto.`);
  }
  const accent = params.get('accent');
  if (accent !== null) {
    if (HEX_COLOUR.test(accent)) result.accent = accent.toLowerCase();
    else notices.push(`Ignored accent “${shown(accent)}”: use a hex colour such as #3b5bdb.`);
  }
  const share = params.get('share');
  if (share !== null) {
    if (isHttpUrl(share)) result.shareUrl = share;
    else notices.push(`Ignored share address “${shown(share)}”: use an http(s) URL.`);
  }
  const frame = params.get('frame');
  if (frame !== null) {
    if (FRAME_ID.test(frame)) result.frame = frame;
    else notices.push(`Ignored frame “${shown(frame)}”: it comes from embed.js.`);
  }
  const page = params.get('page');
  if (page !== null) {
    if (page === 'embed') result.page = page;
    else notices.push(`Ignored page “${shown(page)}”: use embed.`);
  }
  return result;
}
