/** The options of a `<div data-ai-readiness>`, read from its data attributes and validated. */
import { THEMES } from '../lib/params.ts';
import { HEX_COLOUR } from '../lib/url.ts';
import { LENGTHS, MODES } from '../quiz/config.ts';

/** The iframe's accessible name when the div has no data-title. */
export const DEFAULT_TITLE = 'AI Architect readiness check';

export interface EmbedOptions {
  /** The app's query parameters (without `embed` and `frame`), in a stable order. */
  query: [string, string][];
  title: string;
  /** The host page result links point to, or null for links to the app. */
  shareUrl: string | null;
}

/** An http(s) URL resolved against the host page, or null (its fragment is replaced by links). */
function pageUrl(value: string, base: string): string | null {
  try {
    const url = new URL(value, base);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Reads and validates a div's options: `attribute(name)` returns `data-<name>` or null, `areaIds`
 * are the app's areas and `base` the host page's URL. A bad value (an unknown mode, length or
 * theme, an area list naming an unknown area, a colour that is not #rgb or #rrggbb, a share URL
 * that is not http(s)) is left out, and `warn` gets one line naming the attribute. Never throws.
 */
export function embedOptions(
  attribute: (name: string) => string | null,
  areaIds: readonly string[],
  base: string,
  warn: (warning: string) => void
): EmbedOptions {
  // Each attribute's allowed values, or a function giving its valid value (null when invalid).
  const checks: Record<string, readonly string[] | ((value: string) => string | null)> = {
    mode: MODES,
    length: LENGTHS,
    areas: (value) => {
      const ids = value
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean);
      return ids.every((id) => areaIds.includes(id))
        ? areaIds.filter((id) => ids.includes(id)).join() || null
        : null;
    },
    theme: THEMES,
    accent: (value) => (HEX_COLOUR.test(value) ? value : null),
    title: (value) => value || null,
    'share-url': (value) => pageUrl(value, base)
  };
  const options: EmbedOptions = { query: [], title: DEFAULT_TITLE, shareUrl: null };
  for (const [name, check] of Object.entries(checks)) {
    const raw = attribute(name)?.trim() ?? null;
    const value =
      raw === null
        ? null
        : typeof check === 'function'
          ? check(raw)
          : check.includes(raw)
            ? raw
            : null;
    if (raw !== null && value === null) warn(`ignored data-${name}="${raw}"`);
    if (value === null) continue;
    if (name === 'title') options.title = value;
    else if (name === 'share-url') options.query.push(['share', (options.shareUrl = value)]);
    else options.query.push([name, value]);
  }
  return options;
}

/** The result payload of a host page's `#air=<payload>` fragment, or null when it has none. */
export function sharedPayload(hash: string): string | null {
  return /^#air=([\w-]{1,400})$/.exec(hash)?.[1] ?? null;
}
