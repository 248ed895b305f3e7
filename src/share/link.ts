/** Share links: where a shared result points, and how a page finds the payload in its URL. */
import type { Result } from '../quiz/result.ts';
import { encodeResult, type LinkError } from './codec.ts';

/**
 * The link to a shared result: on the embedding host page (`#air=<payload>`) when there is one,
 * else on the band's static page of the app (`<appUrl>r/<band>/#r=<payload>`; appUrl ends with /).
 */
export function shareLink(
  result: Result,
  appUrl: string,
  shareUrl: string | null,
  name?: string
): string {
  const payload = encodeResult(result, name === undefined ? {} : { name });
  if (shareUrl !== null) {
    const url = new URL(shareUrl);
    url.hash = `air=${payload}`;
    return url.href;
  }
  return `${appUrl}r/${result.overall.band}/#r=${payload}`;
}

const REASONS: Record<LinkError, string> = {
  empty: 'The link has no result in it.',
  'not-base64': 'The link contains characters that a result link never has.',
  'too-long': 'The link is far longer than any result link.',
  truncated: 'The link is cut short, often because only part of it was copied.',
  'bad-crc': 'Some characters of the link were changed, so its check digits do not match.',
  'unknown-version': 'The link uses a format that this check never made.',
  'future-version': 'It was made by a newer version of this check than the one here.',
  'bad-value': 'The link holds values that no result can have.'
};

/** What a page says about a link it cannot show: a heading and one plain reason. */
export function linkProblem(error: LinkError): { title: string; reason: string } {
  return {
    title:
      error === 'future-version'
        ? 'This result link is from a newer version'
        : 'This result link is damaged',
    reason: REASONS[error]
  };
}
