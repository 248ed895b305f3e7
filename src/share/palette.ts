/** Fixed colours and type for pictures that leave the page (the result card, the band images). */
import type { Band } from '../quiz/scoring.ts';

/** The card's size: the Open Graph large image. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** The light theme of src/app.css, as plain hex: a picture cannot read CSS custom properties. */
export const CARD_COLOURS = {
  background: '#ffffff',
  panel: '#f6f7fb',
  text: '#161a27',
  muted: '#4d566b',
  border: '#d5dae6',
  track: '#e3e7f1',
  accent: '#3b4fd8'
} as const;

/** Band colours of the light theme. */
export const BAND_COLOURS: Record<Band, string> = {
  foundational: '#b42318',
  developing: '#a15c07',
  proficient: '#2f6fb0',
  ready: '#18794e'
};

/** System fonts only: an SVG drawn as an image loads nothing. */
export const CARD_FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif";

/** A rough width of a line of text (wide scripts and emoji count as one em): enough to fit a line. */
export function textWidth(text: string, fontSize: number): number {
  return [...text].reduce(
    (sum, ch) => sum + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.6) * fontSize,
    0
  );
}
