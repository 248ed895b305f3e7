/** The postMessage protocol between embed.js on a host page and the app in its iframe (docs/design.md §7). */
import type { Mode } from '../quiz/config.ts';
import type { Result } from '../quiz/result.ts';
import type { Band } from '../quiz/scoring.ts';
import type { Length } from '../quiz/lengths.ts';

/** The namespace every message carries, so other postMessage traffic on a page is ignored. */
export const NS = 'ai-readiness';
/** The protocol version; a message with another version is ignored. */
export const VERSION = 1;
/** The smallest frame height the loader sets, in CSS pixels. */
export const MIN_HEIGHT = 200;
/** The largest frame height the loader sets: taller content scrolls inside the frame. */
export const MAX_HEIGHT = 10_000;
/** The iframe's height before the app reports its own. */
export const START_HEIGHT = 640;
/** A frame id: the loader's random token, echoed in every message. */
export const FRAME_ID = /^[a-z0-9-]{1,32}$/;

/** What `readiness:start` carries: the configuration the person started. */
export interface StartData {
  mode: Mode;
  length: Length;
  areas: string[];
}

/** One area's score in `readiness:complete`. */
export interface AreaScore {
  id: string;
  title: string;
  score: number;
  low: number;
  high: number;
  band: Band;
}

/** What `readiness:complete` carries: the overall and per-area scores and the share link. */
export interface CompleteData {
  score: number;
  low: number;
  high: number;
  band: Band;
  areas: AreaScore[];
  /** The result's share link (to the host page with data-share-url), or null. */
  link: string | null;
}

/** The data of each message type; the handshake messages carry none. */
export interface Payloads {
  hello: undefined;
  'hello-ack': undefined;
  resize: { height: number };
  ready: Record<string, never>;
  start: StartData;
  complete: CompleteData;
}

/** Every message type of the protocol. */
export type MessageType = keyof Payloads;

/** The events the loader re-dispatches on its div as `readiness:<type>`. */
export type EventType = 'ready' | 'start' | 'complete';

/** A protocol message: the envelope, plus `data` for every type but the handshake. */
export type EmbedMessage = {
  [T in MessageType]: {
    ns: typeof NS;
    v: typeof VERSION;
    id: string;
    type: T;
  } & (Payloads[T] extends undefined ? unknown : { data: Payloads[T] });
}[MessageType];

/** A message of one type. */
export type MessageOf<T extends MessageType> = Extract<EmbedMessage, { type: T }>;

/** The app's first word to its parent; it carries nothing but the envelope. */
export function hello(id: string): MessageOf<'hello'> {
  return { ns: NS, v: VERSION, id, type: 'hello' };
}

/** The loader's answer to `hello`, sent to the app's exact origin. */
export function helloAck(id: string): MessageOf<'hello-ack'> {
  return { ns: NS, v: VERSION, id, type: 'hello-ack' };
}

/** A content height: the only message the app sends before the handshake. */
export function resize(id: string, height: number): MessageOf<'resize'> {
  return { ns: NS, v: VERSION, id, type: 'resize', data: { height } };
}

/** An event for the host page: ready, start or complete. */
export function event<T extends EventType>(id: string, type: T, data: Payloads[T]): MessageOf<T> {
  return { ns: NS, v: VERSION, id, type, data } as MessageOf<T>;
}

/** A height clamped to MIN_HEIGHT…MAX_HEIGHT and rounded up to whole pixels. */
export function clampHeight(height: number): number {
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * Whether a postMessage payload is a protocol message: this namespace and version, a well-formed
 * frame id, a known type, a finite height for `resize` and an object of data for an event. The
 * loader checks the sender (the app's origin and its own frame's window) before trusting the event
 * data, which only the app builds. Never throws on anything postMessage can deliver.
 */
export function isMessage(raw: unknown): raw is EmbedMessage {
  if (!isObject(raw) || raw.ns !== NS || raw.v !== VERSION) return false;
  const { id, type, data } = raw;
  if (typeof id !== 'string' || !FRAME_ID.test(id)) return false;
  if (type === 'hello' || type === 'hello-ack') return true;
  if (!isObject(data)) return false;
  if (type === 'resize') return Number.isFinite(data.height) && (data.height as number) >= 0;
  return type === 'ready' || type === 'start' || type === 'complete';
}

/** The `complete` data of a finished assessment's result and its share link. */
export function completeData(result: Result, link: string | null): CompleteData {
  const { score, low, high, band } = result.overall;
  return {
    score,
    low,
    high,
    band,
    areas: result.areas.map((area) => ({
      id: area.id,
      title: area.title,
      score: area.score,
      low: area.low,
      high: area.high,
      band: area.band
    })),
    link
  };
}
