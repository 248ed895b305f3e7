import { describe, expect, it } from 'vitest';
import { topIsHidden } from './reveal.ts';

/** An element of `height` whose top is at `top`, seen through a view from `viewTop` to `viewBottom`. */
function entry(top: number, height: number, viewTop: number, viewBottom: number) {
  const seenTop = Math.max(top, viewTop);
  const seenBottom = Math.min(top + height, viewBottom);
  const isIntersecting = seenBottom > seenTop;
  return {
    isIntersecting,
    boundingClientRect: { top, height },
    intersectionRect: isIntersecting
      ? { top: seenTop, height: seenBottom - seenTop }
      : { top: 0, height: 0 }
  };
}

describe('whether a screen top is out of view', () => {
  it('is in view when the top shows with room below it', () => {
    expect(topIsHidden(entry(100, 900, 0, 740))).toBe(false);
    expect(topIsHidden(entry(0, 300, 0, 740))).toBe(false);
  });

  it('is hidden when the view starts below the top (the reader scrolled down)', () => {
    expect(topIsHidden(entry(-200, 900, 0, 740))).toBe(true);
  });

  it('is hidden when only a sliver of it shows at the bottom of the view, or none', () => {
    expect(topIsHidden(entry(720, 900, 0, 740))).toBe(true);
    expect(topIsHidden(entry(1200, 900, 0, 740))).toBe(true);
  });

  it('counts a short element as in view when all of it shows', () => {
    expect(topIsHidden(entry(700, 30, 0, 740))).toBe(false);
  });

  it('reads a frame: coordinates in the frame, clipped by a host view that starts lower', () => {
    // A frame whose top is 500 px above the host's view: the view starts at 500 in frame terms.
    expect(topIsHidden(entry(40, 900, 500, 1240))).toBe(true);
    expect(topIsHidden(entry(520, 900, 500, 1240))).toBe(false);
  });
});
