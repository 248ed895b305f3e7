/** The app's root URL, ending with a slash (the app may be served from a sub-path). */
export const APP_URL = new URL(import.meta.env.BASE_URL, location.origin).href;
