/** Scheduling work around the browser's frames. */

/**
 * Runs `next` in a task of its own once the next frame has been painted, so that what the page
 * already shows reaches the screen first. The frame counts as painted when the one after it
 * begins (a callback of the first frame still runs before that frame's paint). Returns a
 * function that cancels it.
 */
export function afterPaint(next: () => void): () => void {
  let task: ReturnType<typeof setTimeout> | undefined;
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => (task = setTimeout(next)));
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(task);
  };
}
