import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accentProperties, contrast, textOn } from './accent.ts';

/** The light and dark colours of a `light-dark(a, b)` value. */
function sides(value: string | undefined): [string, string] {
  const match = /^light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)$/.exec(value ?? '');
  if (!match?.[1] || !match[2]) throw new Error(`not a light-dark pair: ${value}`);
  return [match[1], match[2]];
}

describe('contrast', () => {
  it('is the WCAG ratio', () => {
    expect(contrast('#000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrast('#3b4fd8', '#3b4fd8')).toBe(1);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('textOn', () => {
  it('puts dark text on light fills and white text on dark ones', () => {
    expect(textOn('#ffcc00')).toBe('#0f1320');
    expect(textOn('#1a237e')).toBe('#ffffff');
    expect(textOn('#3b4fd8')).toBe('#ffffff');
  });
});

describe('accentProperties', () => {
  it('keeps an accent that is already readable in the light theme and lightens it for the dark one', () => {
    const properties = accentProperties('#3b4fd8');
    const [light, dark] = sides(properties['--accent']);
    expect(light).toBe('#3b4fd8');
    expect(dark).not.toBe('#3b4fd8');
    expect(contrast(dark, '#20263a')).toBeGreaterThanOrEqual(4.5);
    expect(properties['--accent-text']).toBe(`light-dark(#ffffff, ${textOn(dark)})`);
    expect(properties['--accent-soft']).toContain(light);
  });

  it('darkens a pale accent for the light theme', () => {
    const [light, dark] = sides(accentProperties('#fc0')['--accent']);
    expect(dark).toBe('#ffcc00');
    expect(contrast(light, '#eef1f8')).toBeGreaterThanOrEqual(4.5);
  });

  it('makes any colour readable as text in both themes, with readable text on it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (rgb) => {
        const properties = accentProperties(`#${rgb.toString(16).padStart(6, '0')}`);
        const [light, dark] = sides(properties['--accent']);
        expect(contrast(light, '#eef1f8')).toBeGreaterThanOrEqual(4.5);
        expect(contrast(dark, '#20263a')).toBeGreaterThanOrEqual(4.5);
        const [onLight, onDark] = sides(properties['--accent-text']);
        expect(contrast(light, onLight)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(dark, onDark)).toBeGreaterThanOrEqual(4.5);
      }),
      { numRuns: 2000 }
    );
  });
});
