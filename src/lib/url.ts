/** URL rules shared by the app, the embed loader and the bank compiler. */

/** A #rgb or #rrggbb colour. */
export const HEX_COLOUR = /^#([\da-f]{3}){1,2}$/i;

/** Whether a string is an absolute http or https URL. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
