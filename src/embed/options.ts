/** The options of a `<div data-ai-readiness>`, read from its data attributes and validated. */
import { checkOption, type EmbedSpec } from '../lib/options.ts';

export interface EmbedOptions {
  /** The app's query parameters (without `embed` and `frame`), in a stable order. */
  query: [string, string][];
  title: string;
  /** The host page result links point to, or null for links to the app. */
  shareUrl: string | null;
}

/** What embed.js knows of the app it frames: written into it at build time. */
export interface EmbedContext {
  /** The vocabulary's options with a `data-*` attribute (embedSpecs()). */
  specs: readonly EmbedSpec[];
  /** The app's area ids. */
  areaIds: readonly string[];
  /** The frame's accessible name when the div has no data-title. */
  title: string;
}

/**
 * Reads and validates a div's options: `attribute(name)` returns `data-<name>` or null, and `base`
 * is the host page's URL, against which a relative share URL is resolved. A bad value is left out
 * (an area list keeps its known areas), and `warn` gets one line naming the attribute. Never throws.
 */
export function embedOptions(
  { specs, areaIds, title }: EmbedContext,
  attribute: (name: string) => string | null,
  base: string,
  warn: (warning: string) => void
): EmbedOptions {
  const options: EmbedOptions = { query: [], title, shareUrl: null };
  for (const spec of specs) {
    const raw = attribute(spec.attr);
    if (raw === null) continue;
    const { value, rejected } = checkOption(spec, raw, areaIds, base);
    const given = `data-${spec.attr}="${raw.trim()}"`;
    if (rejected !== null)
      warn(value === null ? `ignored ${given}` : `ignored “${rejected}” in ${given}`);
    if (value === null) continue;
    // The frame's title is the frame's own; every other option goes to the app's URL.
    if (spec.param === null) options.title = value;
    else options.query.push([spec.param, value]);
    if (spec.kind === 'url') options.shareUrl = value;
  }
  return options;
}

/** The result payload of a host page's `#air=<payload>` fragment, or null when it has none. */
export function sharedPayload(hash: string): string | null {
  return /^#air=([\w-]{1,400})$/.exec(hash)?.[1] ?? null;
}
