import { describe, expect, it } from 'vitest';
import { renderBlock, renderInline } from './markdown.ts';

describe('bank Markdown', () => {
  it('renders emphasis, code and lists', () => {
    expect(renderBlock('Use **EAP** with `grid`:\n\n- one\n- two')).toBe(
      '<p>Use <strong>EAP</strong> with <code>grid</code>:</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>'
    );
  });

  it('shows raw HTML as text instead of markup', () => {
    const html = renderBlock('<script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('drops javascript: links and opens http links in a new tab', () => {
    expect(renderInline('[x](javascript:alert(1))')).not.toContain('<a');
    expect(renderInline('<a href="javascript:alert(1)">x</a>')).toBe(
      '&lt;a href="javascript:alert(1)"&gt;x&lt;/a&gt;'
    );
    expect(renderInline('[NIST](https://www.nist.gov/)')).toBe(
      '<a href="https://www.nist.gov/" rel="noopener noreferrer" target="_blank">NIST</a>'
    );
  });

  it('keeps inline text free of paragraphs', () => {
    expect(renderInline('Scale on *queue depth*')).toBe('Scale on <em>queue depth</em>');
  });
});
