/** Share links: where a shared result points, and how a page finds the payload in its URL. */
import type { Result } from '../quiz/result.ts';
import { NOTICES } from '../lib/words.ts';
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

/** What a page says about a link it cannot show: a heading and one plain reason. */
export function linkProblem(error: LinkError): { title: string; reason: string } {
  return {
    title: error === 'future-version' ? NOTICES.link.newer : NOTICES.link.damaged,
    reason: NOTICES.link[error]
  };
}
