/** The bridge inside the iframe: the handshake with embed.js, the content height, and host events. */
import { event, hello, isMessage, resize, type EmbedMessage } from './protocol.ts';
import { gateHeight, openGate } from './resize.ts';

export interface EmbedOptions {
  /** The frame id embed.js put in the URL. */
  frame: string;
  /** The wrapper whose height is the content height. */
  root: HTMLElement;
}

/** A connected bridge: messages posted through it wait for the handshake. */
export interface EmbedBridge {
  frame: string;
  post: (message: EmbedMessage) => void;
}

/**
 * Says hello to the parent page and reports the content height from then on. Everything else
 * (ready, start, complete) waits for the parent's `hello-ack` and then goes only to its origin.
 */
export function connectEmbed({ frame, root }: EmbedOptions): EmbedBridge | null {
  const parent = window.parent;
  if (parent === window) return null;
  let host: string | null = null;
  const outbox: EmbedMessage[] = [];
  const post = (message: EmbedMessage) => {
    if (host === null) outbox.push(message);
    else parent.postMessage(message, host);
  };

  addEventListener('message', (incoming) => {
    const data: unknown = incoming.data;
    // An opaque origin ('null') cannot be addressed exactly, so such a host gets no events.
    if (host !== null || incoming.source !== parent || incoming.origin === 'null') return;
    if (!isMessage(data) || data.type !== 'hello-ack' || data.id !== frame) return;
    host = incoming.origin;
    for (const message of outbox.splice(0)) parent.postMessage(message, host);
  });
  parent.postMessage(hello(frame), '*');

  // Heights go out once per animation frame, through the gate that drops jitter and loops.
  let gate = openGate;
  let scheduled = false;
  new ResizeObserver(() => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      const next = gateHeight(gate, root.getBoundingClientRect().height, performance.now());
      gate = next.gate;
      // Before the handshake a bare height is all that may go to an unknown parent.
      if (next.height !== null) parent.postMessage(resize(frame, next.height), host ?? '*');
    });
  }).observe(root);

  post(event(frame, 'ready', {}));
  return { frame, post };
}
