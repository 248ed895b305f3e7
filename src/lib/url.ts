/** URL and markup rules shared by the app, the embed loader and the build. */

/** A #rgb or #rrggbb colour. */
export const HEX_COLOUR = /^#([\da-f]{3}){1,2}$/i;

/** An http(s) URL (relative ones resolved against `base`) as an absolute href, or null. */
export function httpUrl(value: string, base?: string): string | null {
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Whether a string is an absolute http or https URL. */
export function isHttpUrl(value: string): boolean {
  return httpUrl(value) !== null;
}

/** Escapes text for an HTML attribute value in double quotes (or for text between tags). */
export function escapeAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}
