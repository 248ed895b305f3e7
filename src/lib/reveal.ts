/** Bringing a screen's top into view only when it is out of view (no scroll jumps, in a frame too). */

/**
 * Scrolls `element`'s top into view if it is above or below what the reader sees, measured against
 * the top-level viewport (so inside an embed the host page scrolls only when the question's top is
 * out of its view). Returns what cancels the check.
 */
export function revealTop(element: HTMLElement): () => void {
  if (typeof IntersectionObserver === 'undefined') return () => undefined;
  const observer = new IntersectionObserver(([entry]) => {
    observer.disconnect();
    if (!entry) return;
    const top = entry.boundingClientRect.top;
    const view = entry.rootBounds;
    const hidden = view ? top < view.top || top > view.bottom - 48 : !entry.isIntersecting;
    if (hidden) element.scrollIntoView({ block: 'start' });
  });
  observer.observe(element);
  return () => observer.disconnect();
}
