import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from './frames.ts';

describe('afterPaint', () => {
  let frames: FrameRequestCallback[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
      frames.push(callback)
    );
    vi.stubGlobal('cancelAnimationFrame', (id: number) => void (frames[id - 1] = () => {}));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  const paint = () => frames.splice(0).forEach((frame) => frame(0));

  it('runs in a task of its own once the frame after the next one begins', () => {
    const next = vi.fn();
    afterPaint(next);
    vi.runAllTimers();
    paint();
    vi.runAllTimers();
    expect(next).not.toHaveBeenCalled();
    paint();
    expect(next).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(next).toHaveBeenCalledOnce();
  });

  it('can be cancelled before either frame and before the task', () => {
    const early = vi.fn();
    afterPaint(early)();
    paint();
    vi.runAllTimers();
    expect(early).not.toHaveBeenCalled();

    for (const frames of [1, 2]) {
      const late = vi.fn();
      const cancel = afterPaint(late);
      for (let i = 0; i < frames; i++) paint();
      cancel();
      paint();
      vi.runAllTimers();
      expect(late).not.toHaveBeenCalled();
    }
  });
});
