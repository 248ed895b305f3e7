import fc from 'fast-check';
import { REAL_AREA_IDS } from '../build/synthetic.ts';
import { describe, expect, inject, it } from 'vitest';
import { buildResult, type Result } from '../quiz/result.ts';
import type { Length } from '../quiz/lengths.ts';
import {
  MAX_PAYLOAD,
  NAME_MAX,
  cleanName,
  crc16,
  decodeResult,
  encodeResult,
  fromBase64Url,
  toBase64Url,
  type DecodedLink,
  type LinkError,
  type ShareIndex
} from './codec.ts';

const AREA_CODES = REAL_AREA_IDS;
const TITLES = ['Cloud', 'Frameworks', 'Security', 'Design', 'Data', 'Strategy'];
const index: ShareIndex = {
  hash: '0badcafe',
  areas: AREA_CODES.map((id, code) => ({
    id,
    code,
    title: TITLES[code] ?? id,
    weight: 1 + (code % 3) * 0.5
  }))
};
const LENGTHS: Length[] = ['quick', 'standard', 'thorough'];

interface Spec {
  bankHash: string;
  length: Length;
  day: number;
  areas: { id: string; theta: number; se: number; asked?: number }[];
  /** The overall SD in tenths of a point (a format-2 result), or none (format 1). */
  sd?: number | null;
}

/** A Result the way the app builds one: estimates in hundredths, titles from the index. */
function resultOf(spec: Spec): Result {
  return buildResult({
    bankHash: spec.bankHash,
    length: spec.length,
    day: spec.day,
    areas: spec.areas.map(({ id, theta, se, asked }) => ({
      info: index.areas.find((area) => area.id === id) ?? { id, code: 255, title: id, weight: 1 },
      estimate: { theta: theta / 100, se: se / 100 },
      asked: spec.sd == null ? null : (asked ?? 0)
    })),
    overallSd: spec.sd == null ? null : spec.sd / 10
  });
}

const specArb: fc.Arbitrary<Spec> = fc.record({
  bankHash: fc.integer({ min: 0, max: 0xffffffff }).map((n) => n.toString(16).padStart(8, '0')),
  length: fc.constantFrom(...LENGTHS),
  day: fc.integer({ min: 0, max: 0xffff }),
  areas: fc
    .uniqueArray(fc.constantFrom(...AREA_CODES), { minLength: 1, maxLength: AREA_CODES.length })
    .chain((ids) =>
      fc.tuple(
        ...ids.map((id) =>
          fc.record({
            id: fc.constant(id),
            theta: fc.integer({ min: -400, max: 400 }),
            se: fc.integer({ min: 0, max: 255 }),
            asked: fc.integer({ min: 0, max: 255 })
          })
        )
      )
    ),
  sd: fc.option(fc.integer({ min: 0, max: 255 }), { nil: null })
});
const nameArb = fc.option(
  fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ maxLength: 50 })),
  { nil: undefined }
);

/** A hand-made record with its CRC appended, as a payload. */
function record(bytes: number[]): string {
  const body = Uint8Array.from(bytes);
  const crc = crc16(body);
  return toBase64Url(Uint8Array.from([...body, crc >> 8, crc & 0xff]));
}

const ERRORS: LinkError[] = [
  'empty',
  'not-base64',
  'too-long',
  'truncated',
  'bad-crc',
  'unknown-version',
  'future-version',
  'bad-value'
];
const errorOf = (decoded: DecodedLink) => (decoded.ok ? 'ok' : decoded.error);
/** A valid six-area record's bytes up to (not including) its CRC. */
const sixAreas = [1, 0x0b, 0xad, 0xca, 0xfe, 1, 0x4e, 0x20, 6].concat(
  ...AREA_CODES.map((_, code) => [code, 0, 50, 40])
);

/** Whether an accepted payload's own bytes carry a CRC that matches them (checked independently). */
function crcMatches(payload: string): boolean {
  const bytes = new Uint8Array(Buffer.from(payload, 'base64url'));
  const body = bytes.subarray(0, bytes.length - 2);
  return crc16(body) === (((bytes[bytes.length - 2] ?? 0) << 8) | (bytes[bytes.length - 1] ?? 0));
}

describe('crc16 and base64url', () => {
  it('is CRC-16/CCITT-FALSE', () => {
    expect(crc16(new TextEncoder().encode('123456789'))).toBe(0x29b1);
    expect(crc16(new Uint8Array())).toBe(0xffff);
  });

  it('writes base64url without padding, as Node does', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(fromBase64Url(text)).toEqual(bytes);
      })
    );
  });

  it('rejects characters outside the base64url alphabet', () => {
    for (const text of ['ab+c', 'ab/c', 'abc=', 'ab c', 'abé'])
      expect(fromBase64Url(text)).toBe(null);
  });
});

describe('cleanName', () => {
  it('trims, drops control and format characters, collapses spaces', () => {
    expect(cleanName('  Ada \t\n Lovelace  ')).toBe('Ada Lovelace');
    expect(cleanName('A\u0000d\u202ea\u0007')).toBe('Ada');
    expect(cleanName('\ud800x')).toBe('x');
    expect(cleanName('👩‍💻 dev')).toBe('👩‍💻 dev');
    expect(cleanName('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
  });

  it('keeps at most 40 characters, counting code points', () => {
    expect([...cleanName('😀'.repeat(50))]).toHaveLength(NAME_MAX);
    expect(cleanName(`${'a'.repeat(39)} b`)).toBe('a'.repeat(39));
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (raw) => {
        const once = cleanName(raw);
        expect(cleanName(once)).toBe(once);
        expect([...once].length).toBeLessThanOrEqual(NAME_MAX);
      })
    );
  });
});

describe('encodeResult → decodeResult', () => {
  it('gives back the same scores, bands, date, areas and name for any valid result', () => {
    fc.assert(
      fc.property(specArb, nameArb, (spec, name) => {
        const result = resultOf(spec);
        const payload = encodeResult(result, name === undefined ? {} : { name });
        const decoded = decodeResult(payload, { ...index, hash: spec.bankHash });
        const shared = cleanName(name ?? '');
        expect(decoded).toEqual({
          ok: true,
          result,
          name: shared === '' ? null : shared,
          bankChanged: false,
          version: spec.sd === null ? 1 : 2
        });
      }),
      { numRuns: 2000 }
    );
  });

  it('reads a link made against another bank, and says the questions changed', () => {
    const result = resultOf({
      bankHash: 'deadbeef',
      length: 'quick',
      day: 20_000,
      areas: [{ id: 'security', theta: 123, se: 45 }]
    });
    const decoded = decodeResult(encodeResult(result), index);
    expect(decoded.ok && decoded.bankChanged).toBe(true);
    expect(decoded.ok && decoded.result).toEqual(result);
  });

  it('shows an area the current bank has retired under its recorded title', () => {
    const payload = record([1, 0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 0, 30]);
    const retired = [{ id: 'cloud', code: 0, title: 'Cloud Computing' }];
    const decoded = decodeResult(payload, { hash: '00000002', areas: [], retired });
    expect(decoded.ok && decoded.result.areas[0]).toMatchObject({
      id: 'cloud',
      title: 'Cloud Computing'
    });
    // A code that neither a current nor a retired area has comes from a newer bank.
    expect(decodeResult(payload, { hash: '00000002', areas: [] })).toEqual({
      ok: false,
      error: 'future-version'
    });
  });

  it('opens a link made before the higher-order model as it showed then', () => {
    // Made by the format-1 codec of commit 6564064 (six areas at θ̂ 0.5, SE 0.4; equal weights),
    // whose results screen showed 58, range 50–67, Developing.
    const old = 'AQAAAAEBUBQGAAAyKAEAMigCADIoAwAyKAQAMigFADIogWk';
    const equal = {
      ...index,
      hash: '00000001',
      areas: index.areas.map((a) => ({ ...a, weight: 1 }))
    };
    const decoded = decodeResult(old, equal);
    expect(decoded.ok && decoded.version).toBe(1);
    expect(decoded.ok && decoded.result.overall).toEqual({
      score: 58,
      low: 50,
      high: 67,
      band: 'developing',
      sd: null,
      chances: null
    });
  });

  it('carries the overall SD and the questions asked in format 2, still short', () => {
    const result = resultOf({
      bankHash: '0badcafe',
      length: 'standard',
      day: 20_500,
      areas: AREA_CODES.map((id) => ({ id, theta: 30, se: 55, asked: 4 })),
      sd: 61
    });
    const payload = encodeResult(result);
    expect(payload).toHaveLength(56);
    const decoded = decodeResult(payload, index);
    expect(decoded.ok && decoded.version).toBe(2);
    expect(decoded.ok && decoded.result.overall.sd).toBe(6.1);
    expect(decoded.ok && decoded.result.areas.map((area) => area.asked)).toEqual(Array(6).fill(4));
  });

  it('keeps six areas without a name to 47 characters', () => {
    expect(record(sixAreas)).toHaveLength(47);
    const result = decodeResult(record(sixAreas), index);
    expect(result.ok && encodeResult(result.result)).toBe(record(sixAreas));
  });

  it('refuses results it cannot write, rather than writing a wrong link', () => {
    const good = resultOf({ bankHash: '01234567', length: 'quick', day: 1, areas: [] });
    expect(() => encodeResult(good)).toThrow(RangeError);
    const withArea = resultOf({
      bankHash: '01234567',
      length: 'quick',
      day: 1,
      areas: [{ id: 'cloud', theta: 0, se: 50 }]
    });
    expect(() => encodeResult({ ...withArea, bankHash: 'xyz' })).toThrow(RangeError);
    expect(() => encodeResult({ ...withArea, day: 70_000 })).toThrow(RangeError);
    const unknown = { ...withArea, areas: withArea.areas.map((a) => ({ ...a, code: 256 })) };
    expect(() => encodeResult(unknown)).toThrow(/no share code/);
  });

  it('keeps the share codes of the real areas: links made before keep decoding', () => {
    const { index: bank } = inject('realBanks');
    expect(Object.fromEntries(bank.areas.map((area) => [area.id, area.code]))).toEqual(
      Object.fromEntries(AREA_CODES.map((id, code) => [id, code]))
    );
  });
});

describe('decodeResult errors', () => {
  const valid = record(sixAreas);

  it.each([
    ['empty', ''],
    ['not-base64', 'AQID+A'],
    ['not-base64', `${valid}.`],
    ['not-base64', `${valid}=`],
    ['too-long', 'A'.repeat(MAX_PAYLOAD + 1)],
    ['truncated', 'AQ'],
    ['truncated', valid.slice(0, 10)],
    ['truncated', valid.slice(0, -3)],
    ['truncated', record([1, 0, 0, 0, 0, 0, 0])],
    ['truncated', record([1, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0])],
    ['bad-crc', `${valid.slice(0, 20)}${valid[20] === 'A' ? 'B' : 'A'}${valid.slice(21)}`],
    ['unknown-version', record([0, ...sixAreas.slice(1)])],
    ['future-version', record([3, ...sixAreas.slice(1)])],
    ['future-version', record([...sixAreas.slice(0, 8), 1, 6, 0, 0, 0])],
    ['bad-value', record([...sixAreas.slice(0, 5), 3, ...sixAreas.slice(6)])],
    ['bad-value', record([...sixAreas.slice(0, 5), 0x10, ...sixAreas.slice(6)])],
    ['bad-value', record([...sixAreas.slice(0, 8), 0])],
    ['bad-value', record([...sixAreas.slice(0, 8), 2, 0, 0, 0, 0, 0, 0, 0, 0])],
    ['bad-value', record([...sixAreas.slice(0, 8), 1, 0, 0x01, 0x91, 0])],
    ['bad-value', record([...sixAreas.slice(0, 8), 1, 0, 0xfe, 0x6f, 0])],
    ['bad-value', record([...sixAreas, 0])],
    ['bad-value', record([...sixAreas, 1, 0xff])],
    ['bad-value', record([...sixAreas, 2, 0x41, 0x07])],
    ['bad-value', record([...sixAreas, 2, 0x20, 0x41])],
    ['bad-value', record([...sixAreas, 1, 0x41, 0x42])]
  ] as const)('%s: %s', (error, payload) => {
    expect(errorOf(decodeResult(payload, index))).toBe(error);
  });

  it('reads the edges of the value ranges', () => {
    const edges = record([...sixAreas.slice(0, 8), 2, 0, 0x01, 0x90, 0xff, 5, 0xfe, 0x70, 0]);
    const decoded = decodeResult(edges, index);
    expect(decoded.ok && decoded.result.areas.map((a) => [a.theta, a.se])).toEqual([
      [4, 2.55],
      [-4, 0]
    ]);
  });
});

describe('decodeResult on hostile input', () => {
  const base64Char = fc.constantFrom(
    ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
  );
  const anyPayload = fc.oneof(
    fc.string({ unit: base64Char, maxLength: 80 }),
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.string({ maxLength: MAX_PAYLOAD + 20 })
  );

  it('never throws on 100,000 random strings, and accepts none whose CRC does not match', () => {
    fc.assert(
      fc.property(anyPayload, (payload) => {
        const decoded = decodeResult(payload, index);
        if (decoded.ok) expect(crcMatches(payload)).toBe(true);
        else expect(ERRORS).toContain(decoded.error);
      }),
      { numRuns: 100_000 }
    );
  });

  type Mutation =
    | { kind: 'flip'; at: number; bit: number }
    | { kind: 'truncate'; at: number }
    | { kind: 'insert'; at: number; text: string }
    | { kind: 'delete'; at: number; count: number };
  const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ kind: fc.constant('flip'), at: fc.nat(), bit: fc.nat(7) }),
    fc.record({ kind: fc.constant('truncate'), at: fc.nat() }),
    fc.record({
      kind: fc.constant('insert'),
      at: fc.nat(),
      text: fc.oneof(fc.string({ unit: base64Char, minLength: 1, maxLength: 4 }), fc.string())
    }),
    fc.record({ kind: fc.constant('delete'), at: fc.nat(), count: fc.integer({ min: 1, max: 4 }) })
  );

  /** Applies a mutation: bit flips act on the record's bytes, the rest on the text. */
  function mutate(payload: string, mutation: Mutation): string {
    const at = mutation.at % (payload.length + 1);
    switch (mutation.kind) {
      case 'flip': {
        const bytes = Buffer.from(payload, 'base64url');
        const i = mutation.at % bytes.length;
        bytes[i] = (bytes[i] ?? 0) ^ (1 << mutation.bit);
        return bytes.toString('base64url');
      }
      case 'truncate':
        return payload.slice(0, at);
      case 'insert':
        return payload.slice(0, at) + mutation.text + payload.slice(at);
      case 'delete':
        return payload.slice(0, at) + payload.slice(at + mutation.count);
    }
  }

  it('never throws on 100,000 mutations of valid payloads, and accepts none with a bad CRC', () => {
    fc.assert(
      fc.property(
        specArb,
        nameArb,
        fc.array(mutationArb, { minLength: 1, maxLength: 3 }),
        (spec, name, mutations) => {
          const original = encodeResult(resultOf(spec), name === undefined ? {} : { name });
          const mutated = mutations.reduce(mutate, original);
          const decoded = decodeResult(mutated, index);
          if (!decoded.ok) return;
          expect(crcMatches(mutated)).toBe(true);
          const again = encodeResult(decoded.result, decoded.name ? { name: decoded.name } : {});
          expect(Buffer.from(again, 'base64url')).toEqual(Buffer.from(mutated, 'base64url'));
          if (mutations.length === 1 && mutations[0]?.kind === 'flip') expect.unreachable();
        }
      ),
      { numRuns: 100_000 }
    );
  });
});
