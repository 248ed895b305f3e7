import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, headersFile } from './csp.ts';

describe('content security policy', () => {
  it('forbids inline scripts, eval, plugins and <base>', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("base-uri 'none'");
  });

  it('is what public/_headers serves, with frame-ancestors * so any blog can embed', () => {
    expect(readFileSync('public/_headers', 'utf8')).toBe(headersFile());
    expect(headersFile()).toContain('frame-ancestors *');
    expect(headersFile()).toContain('X-Content-Type-Options: nosniff');
  });
});
