/**
 * The share codec: a Result ⇄ a short base64url payload. The payload is a versioned binary record
 * that always ends with a CRC-16 over everything before it (every format version keeps that
 * trailer, so a damaged link is told apart from a newer one).
 *
 * Version 2 (results of the higher-order model), big-endian:
 *   version u8 · bank hash u32 · length u8 · day u16 · area count u8 ·
 *   per area: code u8, θ̂ i16 (hundredths, −400…400), SE u8 (hundredths), questions asked u8 ·
 *   overall SD u8 (tenths of a point) ·
 *   optional name: byte count u8 (≥ 1) + UTF-8 · CRC-16/CCITT-FALSE u16
 * Version 1 (results made before it) has no questions asked, no overall SD: its overall range is
 * the weighted mean of the area ranges. Both are read; a result is written in the version its
 * overall was computed for, so a link always shows what the results screen showed.
 */
import type { AreaInfo, BankIndex } from '../quiz/bank.ts';
import { buildResult, quantize, quantizeSd, type Result } from '../quiz/result.ts';
import type { Length } from '../quiz/lengths.ts';

/** The newest format version this codec writes. */
export const FORMAT_VERSION = 2;

/** Length codes of the record (the low nibble of the mode byte; mode 0 is assessment). */
const LENGTH_CODES: readonly Length[] = ['quick', 'standard', 'thorough'];

/** The longest display name, in characters (code points). */
export const NAME_MAX = 40;

/** The longest payload decoded at all, in characters: far above any real record. */
export const MAX_PAYLOAD = 512;

/** Why a payload could not be read. */
export type LinkError =
  | 'empty'
  | 'not-base64'
  | 'too-long'
  | 'truncated'
  | 'bad-crc'
  | 'unknown-version'
  | 'future-version'
  | 'bad-value';

/** A decoded link: the rebuilt Result, or why there is none. */
export type DecodedLink =
  | {
      ok: true;
      result: Result;
      name: string | null;
      /** The link was made against other questions than the current bank's. */
      bankChanged: boolean;
      version: number;
    }
  | { ok: false; error: LinkError };

/** What decoding needs of the bank index: its hash and the areas' codes, titles and weights. */
export interface ShareIndex {
  hash: BankIndex['hash'];
  areas: readonly Pick<AreaInfo, 'id' | 'code' | 'title' | 'weight'>[];
  /** Areas the bank no longer asks, kept so that older links still name them. */
  retired?: BankIndex['retired'];
}

const HEADER = 9;
const CRC_BYTES = 2;
/** The bytes of one area, and those between the areas and the name, by format version. */
const LAYOUT: Record<number, { area: number; trailer: number }> = {
  1: { area: 4, trailer: 0 },
  2: { area: 5, trailer: 1 }
};
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const SEXTETS = new Map([...ALPHABET].map((ch, i) => [ch, i]));
/** Format characters kept in names: the zero-width (non-)joiners that emoji and scripts need. */
const KEPT_FORMAT = new Set(['\u200c', '\u200d']);
const CONTROL = /[\p{Cc}\p{Cf}]/u;

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xffff, no reflection): "123456789" → 0x29b1. */
export function crc16(bytes: Uint8Array): number {
  let crc = 0xffff;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc;
}

/** A display name as shared: control and format characters dropped, spaces collapsed, ≤ 40 characters. */
export function cleanName(raw: string): string {
  const kept = [...raw]
    .filter((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      const loneSurrogate = code >= 0xd800 && code <= 0xdfff;
      return !loneSurrogate && (KEPT_FORMAT.has(ch) || !CONTROL.test(ch));
    })
    .join('')
    .replace(/\s+/gu, ' ')
    .trim();
  return [...kept].slice(0, NAME_MAX).join('').trimEnd();
}

/** Base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(chunk >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** The bytes of a base64url string (leftover bits of a cut-off tail are dropped), or null. */
export function fromBase64Url(text: string): Uint8Array | null {
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (const ch of text) {
    const sextet = SEXTETS.get(ch);
    if (sextet === undefined) return null;
    buffer = ((buffer << 6) | sextet) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}

/** The payload of an assessment's Result, with an optional display name (cleaned, maybe dropped). */
export function encodeResult(result: Result, options: { name?: string } = {}): string {
  if (!/^[0-9a-f]{8}$/i.test(result.bankHash))
    throw new RangeError(`bank hash must be 8 hex digits: ${result.bankHash}`);
  if (!Number.isInteger(result.day) || result.day < 0 || result.day > 0xffff)
    throw new RangeError(`day out of range: ${result.day}`);
  if (result.areas.length === 0 || result.areas.length > 255)
    throw new RangeError(`a shared result needs 1–255 areas, not ${result.areas.length}`);
  const version = result.overall.sd === null ? 1 : 2;
  const hash = parseInt(result.bankHash, 16);
  const bytes: number[] = [
    version,
    hash >>> 24,
    (hash >>> 16) & 0xff,
    (hash >>> 8) & 0xff,
    hash & 0xff,
    LENGTH_CODES.indexOf(result.length),
    result.day >> 8,
    result.day & 0xff,
    result.areas.length
  ];
  for (const area of result.areas) {
    if (!Number.isInteger(area.code) || area.code < 0 || area.code > 255)
      throw new RangeError(`area ${area.id} has no share code 0–255: give it one in areas.yaml`);
    const { theta, se } = quantize(area);
    const hundredths = Math.round(theta * 100) & 0xffff;
    bytes.push(area.code, hundredths >> 8, hundredths & 0xff, Math.round(se * 100));
    if (version === 2) bytes.push(Math.min(255, area.asked ?? 0));
  }
  if (result.overall.sd !== null) bytes.push(Math.round(quantizeSd(result.overall.sd) * 10));
  const name = cleanName(options.name ?? '');
  if (name !== '') {
    const utf8 = new TextEncoder().encode(name);
    bytes.push(utf8.length, ...utf8);
  }
  const crc = crc16(Uint8Array.from(bytes));
  bytes.push(crc >> 8, crc & 0xff);
  return toBase64Url(Uint8Array.from(bytes));
}

/** The total length a record of a known version claims, or null when its header is cut off. */
function claimedLength(bytes: Uint8Array): number | null {
  const layout = LAYOUT[bytes[0] ?? 0];
  if (!layout || bytes.length < HEADER) return null;
  const areasEnd = HEADER + (bytes[HEADER - 1] ?? 0) * layout.area + layout.trailer;
  if (bytes.length <= areasEnd + CRC_BYTES) return areasEnd + CRC_BYTES;
  return areasEnd + 1 + (bytes[areasEnd] ?? 0) + CRC_BYTES;
}

/** Reads a payload against the current bank index. Never throws: bad input gives a typed error. */
export function decodeResult(payload: string, index: ShareIndex): DecodedLink {
  if (payload === '') return { ok: false, error: 'empty' };
  if (payload.length > MAX_PAYLOAD) return { ok: false, error: 'too-long' };
  const bytes = fromBase64Url(payload);
  if (bytes === null) return { ok: false, error: 'not-base64' };
  if (bytes.length < 1 + CRC_BYTES) return { ok: false, error: 'truncated' };
  const version = bytes[0] ?? 0;
  const body = bytes.subarray(0, bytes.length - CRC_BYTES);
  const stored = ((bytes[bytes.length - 2] ?? 0) << 8) | (bytes[bytes.length - 1] ?? 0);
  if (crc16(body) !== stored) {
    const claimed = LAYOUT[version] ? claimedLength(bytes) : bytes.length;
    return {
      ok: false,
      error: claimed === null || bytes.length < claimed ? 'truncated' : 'bad-crc'
    };
  }
  if (LAYOUT[version]) return decodeRecord(bytes, index, version);
  return { ok: false, error: version > FORMAT_VERSION ? 'future-version' : 'unknown-version' };
}

function decodeRecord(bytes: Uint8Array, index: ShareIndex, version: number): DecodedLink {
  const layout = LAYOUT[version] ?? { area: 0, trailer: 0 };
  const claimed = claimedLength(bytes);
  if (claimed === null || bytes.length < claimed) return { ok: false, error: 'truncated' };
  if (bytes.length > claimed) return { ok: false, error: 'bad-value' };
  const at = (i: number) => bytes[i] ?? 0;
  const bankHash = [1, 2, 3, 4].map((i) => at(i).toString(16).padStart(2, '0')).join('');
  const length = LENGTH_CODES[at(5)];
  if (length === undefined) return { ok: false, error: 'bad-value' };
  const day = (at(6) << 8) | at(7);
  const count = at(8);
  if (count === 0) return { ok: false, error: 'bad-value' };

  const areas: Parameters<typeof buildResult>[0]['areas'] = [];
  for (let k = 0; k < count; k++) {
    const pos = HEADER + k * layout.area;
    // An area neither asked nor retired in this build comes from a newer bank.
    const code = at(pos);
    const retired = index.retired?.find((area) => area.code === code);
    const info =
      index.areas.find((area) => area.code === code) ?? (retired && { ...retired, weight: 1 });
    if (info === undefined) return { ok: false, error: 'future-version' };
    if (areas.some((area) => area.info.code === info.code))
      return { ok: false, error: 'bad-value' };
    const hundredths = (((at(pos + 1) << 8) | at(pos + 2)) << 16) >> 16;
    if (hundredths < -400 || hundredths > 400) return { ok: false, error: 'bad-value' };
    const asked = version === 2 ? at(pos + 4) : null;
    areas.push({ info, estimate: { theta: hundredths / 100, se: at(pos + 3) / 100 }, asked });
  }
  const areasEnd = HEADER + count * layout.area;
  const overallSd = version === 2 ? at(areasEnd) / 10 : null;
  if (overallSd !== null && overallSd > 25.5) return { ok: false, error: 'bad-value' };

  const nameStart = areasEnd + layout.trailer;
  let name: string | null = null;
  if (nameStart < bytes.length - CRC_BYTES) {
    const raw = bytes.subarray(nameStart + 1, bytes.length - CRC_BYTES);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(raw);
    } catch {
      return { ok: false, error: 'bad-value' };
    }
    if (text === '' || cleanName(text) !== text) return { ok: false, error: 'bad-value' };
    name = text;
  }
  return {
    ok: true,
    result: buildResult({ bankHash, length, day, areas, overallSd }),
    name,
    bankChanged: bankHash !== index.hash,
    version
  };
}
