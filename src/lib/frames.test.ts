import { describe, expect, it, vi } from 'vitest';
import { useFakeFrames } from './fake-frames.ts';
import { afterFrames } from './frames.ts';

describe('afterFrames', () => {
  const { frame } = useFakeFrames();

  for (const count of [1, 2] as const) {
    it(`runs in a task of its own once ${count} frame(s) have begun`, () => {
      const next = vi.fn();
      afterFrames(count, next);
      for (let i = 0; i < count; i++) {
        vi.runAllTimers();
        expect(next).not.toHaveBeenCalled();
        frame();
      }
      expect(next).not.toHaveBeenCalled();
      vi.runAllTimers();
      expect(next).toHaveBeenCalledOnce();
      frame();
      vi.runAllTimers();
      expect(next).toHaveBeenCalledOnce();
    });

    it(`can be cancelled at any point before the task (${count} frame(s))`, () => {
      for (let framesFirst = 0; framesFirst <= count; framesFirst++) {
        const next = vi.fn();
        const cancel = afterFrames(count, next);
        for (let i = 0; i < framesFirst; i++) frame();
        cancel();
        frame();
        frame();
        vi.runAllTimers();
        expect(next).not.toHaveBeenCalled();
      }
    });
  }
});
