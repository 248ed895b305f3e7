/** How a page finds a shared result in its URL (kept apart from the codec, which loads only when needed). */

/** The payload of a shared-result fragment (`#r=…`), or null when the fragment is something else. */
export function sharedPayload(hash: string): string | null {
  return hash.startsWith('#r=') ? hash.slice(3) : null;
}
