/** Markdown → HTML for bank text, through an allow-list: raw HTML in a bank never reaches the page. */
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

const allowList: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'em',
    'strong',
    'code',
    'pre',
    'ul',
    'ol',
    'li',
    'a',
    'blockquote',
    'br',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'sub',
    'sup',
    's',
    'hr'
  ],
  allowedAttributes: { a: ['href', 'rel', 'target'], ol: ['start'], th: ['style'], td: ['style'] },
  allowedStyles: {
    th: { 'text-align': [/^(left|right|center)$/] },
    td: { 'text-align': [/^(left|right|center)$/] }
  },
  allowedSchemes: ['http', 'https'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer', target: '_blank' })
  }
};

/** Renders block Markdown (a prompt or an explanation) to sanitized HTML. */
export function renderBlock(source: string): string {
  return sanitizeHtml(markdown.render(source.trim()), allowList).trim();
}

/** Renders inline Markdown (an option's text) to sanitized HTML without a wrapping paragraph. */
export function renderInline(source: string): string {
  return sanitizeHtml(markdown.renderInline(source.trim()), allowList).trim();
}
