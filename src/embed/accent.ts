/** A host's accent colour made readable in both themes, as the app's accent custom properties. */

/** The backgrounds accent text must stand out on: the darkest light one and the lightest dark one. */
const BACKGROUND = { light: '#eef1f8', dark: '#20263a' } as const;
/** The text colours on an accent-filled button. */
const ON_ACCENT = { light: '#ffffff', dark: '#0f1320' } as const;
/** WCAG AA for normal text. */
const MIN_CONTRAST = 4.5;

type Rgb = [number, number, number];

function rgbOf(hex: string): Rgb {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d).join('') : hex.slice(1);
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as Rgb;
}

function hexOf(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG relative luminance of an sRGB colour. */
function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG contrast ratio of two #rgb or #rrggbb colours (1 to 21). */
export function contrast(first: string, second: string): number {
  const [high, low] = [luminance(rgbOf(first)), luminance(rgbOf(second))].sort((x, y) => y - x);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
}

/** The colour mixed toward `target` in 5% steps until it contrasts MIN_CONTRAST with `background`. */
function readableOn(colour: string, background: string, target: Rgb): string {
  const from = rgbOf(colour);
  for (let step = 0; step <= 20; step++) {
    const mixed = hexOf(from.map((c, i) => c + ((target[i] ?? c) - c) * step * 0.05) as Rgb);
    if (contrast(mixed, background) >= MIN_CONTRAST) return mixed;
  }
  return hexOf(target);
}

/** The text colour, white or near-black, that contrasts more with a fill colour. */
export function textOn(fill: string): string {
  return contrast(fill, ON_ACCENT.light) >= contrast(fill, ON_ACCENT.dark)
    ? ON_ACCENT.light
    : ON_ACCENT.dark;
}

/**
 * The accent custom properties for a #rgb or #rrggbb colour: the colour itself where it is
 * readable as text, else darkened (light theme) or lightened (dark theme) until it is; a readable
 * text colour on it; and a soft tint for selected options.
 */
export function accentProperties(colour: string): Record<string, string> {
  const light = readableOn(colour, BACKGROUND.light, [0, 0, 0]);
  const dark = readableOn(colour, BACKGROUND.dark, [255, 255, 255]);
  return {
    '--accent': `light-dark(${light}, ${dark})`,
    '--accent-text': `light-dark(${textOn(light)}, ${textOn(dark)})`,
    '--accent-soft': `light-dark(color-mix(in srgb, ${light} 14%, #fff), color-mix(in srgb, ${dark} 22%, #171c2c))`
  };
}
