/** For tests: requestAnimationFrame under the test's control, with Vitest's fake timers. */
import { afterEach, beforeEach, vi } from 'vitest';

/** Installs fake frames and timers around each test; `frame()` runs the frame callbacks queued. */
export function useFakeFrames(): { frame: () => void } {
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
  return { frame: () => frames.splice(0).forEach((callback) => callback(0)) };
}
