/** Scheduling work around the browser's frames. */

/**
 * Runs `next` in a task of its own after `frames` frames have begun (1: after the next frame's
 * callbacks, which still run before that frame is painted; 2: once the next frame has been
 * painted). Returns a function that cancels it.
 */
export function afterFrames(frames: 1 | 2, next: () => void): () => void {
  let task: ReturnType<typeof setTimeout> | undefined;
  let frame = requestAnimationFrame(() => {
    if (frames === 1) task = setTimeout(next);
    else frame = requestAnimationFrame(() => (task = setTimeout(next)));
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(task);
  };
}
