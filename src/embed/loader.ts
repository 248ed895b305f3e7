/** embed.js: turns every `<div data-ai-readiness>` into an auto-sized iframe of the app (docs/design.md §7, §8). */
import { embedOptions, sharedPayload, type EmbedContext } from './options.ts';
import { START_HEIGHT, clampHeight, helloAck, isMessage } from './protocol.ts';

/** What this script knows of the app (its options, areas and frame title), written in at build time. */
declare const __READINESS_EMBED__: EmbedContext;

const src = (document.currentScript as HTMLScriptElement | null)?.src;
if (src) {
  // The app lives beside this script: its origin is the only one messages are accepted from.
  const app = new URL('./', src);
  // `#air=` result links open in the first embed with a data-share-url, on load and on hashchange.
  let claimed = false;

  const embed = (div: HTMLElement) => {
    // Unique per frame, not secret: a message is trusted for its sender, not for its id.
    const id = Math.random().toString(36).slice(2);
    div.setAttribute('data-ai-readiness-frame', id);
    const options = embedOptions(
      __READINESS_EMBED__,
      (name) => div.getAttribute(`data-${name}`),
      location.href,
      (warning) => console.warn('AI readiness embed:', warning)
    );
    const query = new URLSearchParams([['embed', '1'], ...options.query, ['frame', id]]);
    const frame = document.createElement('iframe');
    frame.title = options.title;
    frame.loading = 'lazy';
    frame.allow = 'clipboard-write; web-share';
    const src = `${app.href}?${query}`;
    frame.src = src;
    frame.style.cssText = `display:block;width:100%;height:${START_HEIGHT}px;border:0`;
    // The fallback link stays in the div for readers without scripts, hidden beside the frame.
    for (const child of div.children) (child as HTMLElement).hidden = true;
    div.prepend(frame);
    if (options.shareUrl && !claimed) {
      claimed = true;
      // Over a running page the app sees the new fragment and reloads itself with that result.
      const open = () => {
        const payload = sharedPayload(location.hash);
        if (payload) {
          frame.src = `${src}#r=${payload}`;
          div.scrollIntoView();
        }
      };
      open();
      addEventListener('hashchange', open);
    }

    let acked = false;
    addEventListener('message', (event) => {
      const message: unknown = event.data;
      if (event.origin !== app.origin || event.source !== frame.contentWindow) return;
      if (!isMessage(message) || message.id !== id) return;
      if (message.type === 'hello') {
        acked = true;
        (event.source as Window).postMessage(helloAck(id), event.origin);
      } else if (message.type === 'resize') {
        frame.style.height = `${clampHeight(message.data.height)}px`;
      } else if (acked && message.type !== 'hello-ack') {
        div.dispatchEvent(
          new CustomEvent(`readiness:${message.type}`, { bubbles: true, detail: message.data })
        );
      }
    });
  };

  // Divs another copy of this script already turned into frames are marked and left alone.
  const scan = () =>
    document
      .querySelectorAll<HTMLElement>('div[data-ai-readiness]:not([data-ai-readiness-frame])')
      .forEach(embed);
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', scan);
  else scan();
}
