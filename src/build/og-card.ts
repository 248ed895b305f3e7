/** The Open Graph picture of a band page (1200×630): the band of a shared result, at a glance. */
import { escapeAttribute } from '../lib/url.ts';
import { wordsFor } from '../lib/words-later.ts';
import type { Role } from '../quiz/bank.ts';
import { BANDS, type Band } from '../quiz/scoring.ts';
import { BAND_COLOURS, CARD_COLOURS as C, CARD_FONT, CARD_SIZE } from '../share/palette.ts';

/** A self-contained SVG naming the band on the scale of all four, in the role's words. */
export function bandImageSvg(band: Band, role: Role): string {
  const words = wordsFor(role).bandPage;
  const label = (each: Band) => escapeAttribute(role.bands[each]);
  const { width, height } = CARD_SIZE;
  const colour = BAND_COLOURS[band];
  const gap = 16;
  const segment = (width - 120 - gap * (BANDS.length - 1)) / BANDS.length;
  const scale = BANDS.map((each, i) => {
    const x = 60 + i * (segment + gap);
    const current = each === band;
    return [
      `<rect x="${x}" y="392" width="${segment}" height="28" rx="14" fill="${current ? BAND_COLOURS[each] : C.track}"/>`,
      `<text x="${x}" y="462" font-size="26" font-weight="${current ? 700 : 400}" fill="${current ? C.text : C.muted}">${label(each)}</text>`,
      `<text x="${x}" y="496" font-size="22" fill="${C.muted}">${words.range(each)}</text>`
    ].join('');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${CARD_FONT.replace(/"/g, '&quot;')}">`,
    `<rect width="${width}" height="${height}" fill="${C.background}"/>`,
    `<rect width="${width}" height="16" fill="${colour}"/>`,
    `<g transform="translate(60 64)"><rect width="48" height="48" rx="11" fill="${C.accent}"/>`,
    `<path d="M10 35h6V22h-6zm11 0h6V12h-6zm11 0h6V17h-6z" fill="${C.background}"/>`,
    `<text x="66" y="35" font-size="30" font-weight="700" fill="${C.text}">${escapeAttribute(role.title)}</text></g>`,
    `<text x="60" y="220" font-size="36" fill="${C.muted}">${words.shared}</text>`,
    `<text x="56" y="326" font-size="104" font-weight="800" letter-spacing="-2" fill="${colour}">${label(band)}</text>`,
    ...scale,
    `<text x="60" y="576" font-size="26" fill="${C.muted}">${words.footer}</text>`,
    '</svg>'
  ].join('\n');
}
