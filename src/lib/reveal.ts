/** Bringing a screen's top into view only when it is out of view (no scroll jumps, in a frame too). */

/** How much of an element's top must show for it to count as in view, in CSS pixels. */
const TOP_IN_VIEW = 48;

/**
 * Whether an element's top is out of the reader's view, from its intersection with the top-level
 * viewport. Inside a cross-origin frame the browser gives no root bounds, but it still clips the
 * intersection by the top-level viewport, so the clipped rectangle says where the reader's view
 * cuts the element.
 */
export function topIsHidden(entry: {
  isIntersecting: boolean;
  boundingClientRect: { top: number; height: number };
  intersectionRect: { top: number; height: number };
}): boolean {
  if (!entry.isIntersecting) return true;
  const box = entry.boundingClientRect;
  const seen = entry.intersectionRect;
  // Cut above: the view starts below the element's top.
  if (seen.top > box.top + 1) return true;
  // Cut below: only a sliver of the top shows at the bottom of the view.
  return seen.height < Math.min(TOP_IN_VIEW, box.height);
}

/**
 * Scrolls `element`'s top into view if it is above or below what the reader sees, measured against
 * the top-level viewport (so inside an embed the host page scrolls only when the question's top is
 * out of its view). Returns what cancels the check.
 */
export function revealTop(element: HTMLElement): () => void {
  if (typeof IntersectionObserver === 'undefined') return () => undefined;
  const observer = new IntersectionObserver(([entry]) => {
    observer.disconnect();
    if (entry && topIsHidden(entry)) element.scrollIntoView({ block: 'start' });
  });
  observer.observe(element);
  return () => observer.disconnect();
}
