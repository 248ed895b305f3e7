/** The Content-Security-Policy of every page: a meta tag in the HTML, and headers for hosts that read them. */
import type { Plugin } from 'vite';

/** No inline scripts, no eval, no plugins, no <base>; only the app's own origin. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'"
].join('; ');

/** Headers for static hosts (and `vite preview`): the policy plus what a meta tag cannot carry. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors *`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin'
};

/** The `_headers` file (Netlify, Cloudflare Pages) for every path. */
export function headersFile(): string {
  return [
    '/*',
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
    ''
  ].join('\n');
}

/** Adds the policy as the first tag of every built HTML page (not in dev: Vite's dev server injects inline styles). */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => ({
        html,
        tags: [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
            injectTo: 'head-prepend'
          }
        ]
      })
    }
  };
}
