/**
 * The one vocabulary of the check's options. Each option is defined here once (its URL parameter,
 * its `data-*` attribute on an embed, its kind, allowed values, default and label); the URL parser
 * (params.ts), embed.js's attribute reader (embed/options.ts), the snippet writer (embed/snippet.ts)
 * and the embed builder's form all derive from this table, so an option added here appears in each.
 */
import { FRAME_ID } from '../embed/protocol.ts';
import { LENGTHS, MODES } from '../quiz/config.ts';
import { HEX_COLOUR, httpUrl } from './url.ts';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];
export const PAGES = ['check', 'embed'] as const;
export type Page = (typeof PAGES)[number];

/** How an option's text value is checked. */
export type OptionKind =
  /** One of `values`. */
  | 'choice'
  /** A comma-separated list of area ids; unknown ids are dropped. */
  | 'areas'
  /** A #rgb or #rrggbb colour. */
  | 'colour'
  /** An http(s) address (a relative one on an embed is resolved against the host page). */
  | 'url'
  /** Any text. */
  | 'text'
  /** A token matching `pattern`. */
  | 'token';

export interface OptionSpec {
  kind: OptionKind;
  /** The query parameter of the app's URL, or null when the option never reaches the app's URL. */
  param: string | null;
  /** The `data-*` attribute on an embed's div (without `data-`), or null when a blog owner cannot set it. */
  attr: string | null;
  /** The allowed values of a choice. */
  values?: readonly string[];
  /** The token pattern. */
  pattern?: RegExp;
  /** The value when the option is not given (null: none; for areas, every area). */
  default: string | null;
  /** The builder's label for the field; null when the builder does not offer it. */
  label: string | null;
  /** The builder's words for each value of a choice. */
  valueLabels?: Readonly<Record<string, string>>;
  /**
   * Only an embed's frame gets it, never a plain link to the app (a share address is honoured only
   * where embed.js proved the host page).
   */
  frameOnly?: boolean;
}

/** Every option, in the order the snippet writes them and embed.js passes them on. */
export const OPTIONS = {
  mode: {
    kind: 'choice',
    param: 'mode',
    attr: 'mode',
    values: MODES,
    default: 'assessment',
    label: 'Mode',
    valueLabels: { assessment: 'Assessment', practice: 'Practice' }
  },
  length: {
    kind: 'choice',
    param: 'length',
    attr: 'length',
    values: LENGTHS,
    default: 'standard',
    label: 'Length',
    valueLabels: { quick: 'Quick', standard: 'Standard', thorough: 'Thorough' }
  },
  areas: {
    kind: 'areas',
    param: 'areas',
    attr: 'areas',
    default: null,
    label: 'Skill areas'
  },
  theme: {
    kind: 'choice',
    param: 'theme',
    attr: 'theme',
    values: THEMES,
    default: 'auto',
    label: 'Theme',
    valueLabels: { light: 'Light', dark: 'Dark', auto: "The reader's (auto)" }
  },
  accent: {
    kind: 'colour',
    param: 'accent',
    attr: 'accent',
    default: null,
    label: 'Accent colour'
  },
  title: {
    kind: 'text',
    param: null,
    attr: 'title',
    default: null,
    label: 'Frame title (what screen readers announce)'
  },
  share: {
    kind: 'url',
    param: 'share',
    attr: 'share-url',
    default: null,
    label: "Your post's address (result links then open the result in your post)",
    frameOnly: true
  },
  embed: {
    kind: 'choice',
    param: 'embed',
    attr: null,
    values: ['1', '0'],
    default: '0',
    label: null
  },
  frame: {
    kind: 'token',
    param: 'frame',
    attr: null,
    pattern: FRAME_ID,
    default: null,
    label: null
  },
  page: {
    kind: 'choice',
    param: 'page',
    attr: null,
    values: ['embed'],
    default: null,
    label: null
  }
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;
export const OPTION_NAMES = /* @__PURE__ */ Object.keys(OPTIONS) as OptionName[];

/** The options a blog owner sets (in the builder, as `data-*` attributes). */
export type EmbedOptionName = {
  [K in OptionName]: (typeof OPTIONS)[K]['attr'] extends string ? K : never;
}[OptionName];
export const EMBED_OPTION_NAMES = /* @__PURE__ */ OPTION_NAMES.filter(
  (name): name is EmbedOptionName => OPTIONS[name].attr !== null
);

/** What embed.js needs to know of an option a blog owner sets; the build writes these into it. */
export type EmbedSpec = Pick<OptionSpec, 'kind' | 'param' | 'values'> & { attr: string };

/** The options a blog owner sets, as embed.js needs them (derived from OPTIONS). */
export function embedSpecs(): EmbedSpec[] {
  return EMBED_OPTION_NAMES.map((name) => {
    const spec: OptionSpec = OPTIONS[name];
    const { kind, param, values } = spec;
    return { kind, attr: spec.attr ?? name, param, ...(values ? { values } : {}) };
  });
}

/** The outcome of checking one given value: the value to use (null: none), and what was dropped. */
export interface Checked {
  value: string | null;
  /** The part of the value that was not valid (the whole value, or unknown area ids), or null. */
  rejected: string | null;
}

/**
 * Checks one given value of an option. `areaIds` are the bank's, `base` the page a relative URL is
 * resolved against (an embed's host page; none for the app's own URL). Never throws.
 */
export function checkOption(
  spec: Pick<OptionSpec, 'kind' | 'values' | 'pattern'>,
  raw: string,
  areaIds: readonly string[],
  base?: string
): Checked {
  const value = raw.trim();
  const ok = (valid: string | null): Checked => ({
    value: valid,
    rejected: valid === null ? value : null
  });
  switch (spec.kind) {
    case 'choice':
      return ok(spec.values?.includes(value) ? value : null);
    case 'colour':
      return ok(HEX_COLOUR.test(value) ? value : null);
    case 'url':
      return ok(httpUrl(value, base));
    case 'text':
      return ok(value || null);
    case 'token':
      return ok(spec.pattern?.test(value) ? value : null);
    case 'areas': {
      const wanted = [...new Set(value.split(',').map((id) => id.trim()))].filter(Boolean);
      const unknown = wanted.filter((id) => !areaIds.includes(id));
      const known = areaIds.filter((id) => wanted.includes(id));
      return {
        value: known.length > 0 ? known.join(',') : null,
        rejected: unknown.length > 0 || known.length === 0 ? unknown.join(', ') : null
      };
    }
  }
}
