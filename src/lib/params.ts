/** Parses the page's query string into a config and display options; bad input falls back, with a notice. */
import { defaultConfig, type Mode, type QuizConfig } from '../quiz/config.ts';
import type { Length } from '../quiz/lengths.ts';
import { OPTIONS, OPTION_NAMES, checkOption, type Page, type Theme } from './options.ts';
import { NOTICES } from './words.ts';

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

/** Shortens a value for a notice; it is shown as text, never as HTML. */
function shown(value: string): string {
  const clean = [...value].filter((ch) => ch >= ' ' && ch !== '\u007f').join('');
  return clean.length > 40 ? `${clean.slice(0, 39)}…` : clean;
}

/** Never throws: any query string yields a valid config and the notices for what was ignored. */
export function parseParams(search: string, areaIds: readonly string[]): AppParams {
  const query = new URLSearchParams(search);
  const notices: string[] = [];
  const known = new Set<string>(OPTION_NAMES.flatMap((name) => OPTIONS[name].param ?? []));
  for (const key of new Set(query.keys())) {
    if (!known.has(key)) notices.push(NOTICES.params.unknown(shown(key)));
  }
  const value = (name: keyof typeof OPTIONS): string | null => {
    const spec = OPTIONS[name];
    const raw = spec.param === null ? null : query.get(spec.param);
    if (raw === null) return null;
    const checked = checkOption(spec, raw, areaIds);
    const words = NOTICES.params;
    if (checked.rejected === null) return checked.value;
    if (spec.kind !== 'areas')
      notices.push(words.value(words.nouns[name] ?? name, shown(raw), words.hints[name] ?? ''));
    else if (checked.rejected === '') notices.push(words.emptyAreas);
    else notices.push(words.unknownAreas(shown(checked.rejected), checked.rejected.includes(',')));
    return checked.value;
  };

  const config = defaultConfig(areaIds);
  config.mode = (value('mode') ?? config.mode) as Mode;
  config.length = (value('length') ?? config.length) as Length;
  const areas = value('areas');
  if (areas) config.areas = areas.split(',');
  return {
    config,
    theme: (value('theme') ?? OPTIONS.theme.default) as Theme,
    accent: value('accent')?.toLowerCase() ?? null,
    shareUrl: value('share'),
    embed: value('embed') === '1',
    frame: value('frame'),
    page: (value('page') ?? 'check') as Page,
    notices
  };
}
