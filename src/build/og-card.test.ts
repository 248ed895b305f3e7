import { describe, expect, it } from 'vitest';
import { BANDS } from '../quiz/scoring.ts';
import { BAND_COLOURS } from '../share/palette.ts';
import { bandImageSvg } from './og-card.ts';
import { ROLE } from './synthetic.ts';

describe('bandImageSvg', () => {
  it.each(BANDS)('draws %s at 1200×630, self-contained', (band) => {
    const svg = bandImageSvg(band, ROLE);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630"/);
    expect(svg).toContain(`>${ROLE.bands[band]}</text>`);
    expect(svg).toContain(`fill="${BAND_COLOURS[band]}"`);
    expect(svg).toMatch(/Self-reported/);
    expect(svg).not.toMatch(/href|url\(|<image|<style|<script|var\(/);
  });

  it('highlights only its own band on the scale', () => {
    const svg = bandImageSvg('developing', ROLE);
    const bold = [...svg.matchAll(/font-weight="700" fill="[^"]+">([^<]+)</g)].map((m) => m[1]);
    expect(bold).toEqual(['AI Architect Readiness', 'Developing']);
  });
});
