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

  it('runs in a task of its own after the next frame, not in the frame itself', () => {
    const next = vi.fn();
    afterPaint(next);
    vi.runAllTimers();
    expect(next).not.toHaveBeenCalled();
    paint();
    expect(next).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(next).toHaveBeenCalledOnce();
  });

  it('can be cancelled before the frame and between the frame and the task', () => {
    const early = vi.fn();
    afterPaint(early)();
    paint();
    vi.runAllTimers();
    expect(early).not.toHaveBeenCalled();

    const late = vi.fn();
    const cancel = afterPaint(late);
    paint();
    cancel();
    vi.runAllTimers();
    expect(late).not.toHaveBeenCalled();
  });
});
