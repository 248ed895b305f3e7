import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildResult } from '../quiz/result.ts';
import {
  MAX_HEIGHT,
  MIN_HEIGHT,
  NS,
  VERSION,
  clampHeight,
  completeData,
  event,
  hello,
  helloAck,
  isMessage,
  resize
} from './protocol.ts';

const id = 'k3x9a0b1c2';
const valid = [
  hello(id),
  helloAck(id),
  resize(id, 812.5),
  event(id, 'ready', {}),
  event(id, 'start', { mode: 'assessment', length: 'quick', areas: ['cloud'] }),
  event(id, 'complete', {
    score: 61,
    low: 48,
    high: 72,
    band: 'proficient',
    areas: [{ id: 'cloud', title: 'Cloud', score: 61, low: 48, high: 72, band: 'proficient' }],
    link: null
  })
];

describe('message constructors', () => {
  it('build the envelope, with data only for resize and the events', () => {
    expect(hello(id)).toEqual({ ns: 'ai-readiness', v: 1, id, type: 'hello' });
    expect(helloAck(id)).toEqual({ ns: 'ai-readiness', v: 1, id, type: 'hello-ack' });
    expect(resize(id, 300)).toEqual({
      ns: NS,
      v: VERSION,
      id,
      type: 'resize',
      data: { height: 300 }
    });
    expect(event(id, 'ready', {})).toEqual({ ns: NS, v: VERSION, id, type: 'ready', data: {} });
  });

  it('build messages that the validator accepts, also after a structured clone', () => {
    for (const message of valid) {
      expect(isMessage(message)).toBe(true);
      expect(isMessage(structuredClone(message))).toBe(true);
    }
  });
});

describe('isMessage', () => {
  it.each([
    ['another namespace', { ...hello(id), ns: 'other' }],
    ['no namespace', { v: 1, id, type: 'hello' }],
    ['a newer version', { ...hello(id), v: 2 }],
    ['a version as text', { ...hello(id), v: '1' }],
    ['no id', { ns: NS, v: 1, type: 'hello' }],
    ['an id with capitals', hello('K3X9')],
    ['an id with markup', hello('<b>')],
    ['an id too long', hello('a'.repeat(33))],
    ['an empty id', hello('')],
    ['an id that is not text', { ...hello(id), id: ['k3x9'] }],
    ['an unknown type', { ...hello(id), type: 'navigate' }],
    ['a type from the prototype', { ...hello(id), type: 'toString' }],
    ['resize without data', { ns: NS, v: 1, id, type: 'resize' }],
    ['resize with a text height', { ...resize(id, 1), data: { height: '900' } }],
    ['resize with NaN', resize(id, NaN)],
    ['resize with Infinity', resize(id, Infinity)],
    ['resize with a negative height', resize(id, -5)],
    ['an event without data', { ns: NS, v: 1, id, type: 'complete' }],
    ['an event with null data', { ns: NS, v: 1, id, type: 'ready', data: null }],
    ['an event with text data', { ns: NS, v: 1, id, type: 'start', data: 'x' }]
  ])('rejects %s', (_, message) => {
    expect(isMessage(message)).toBe(false);
  });

  it.each([null, undefined, 0, 'hello', [], [NS, 1, id, 'hello'], () => 1])(
    'rejects the non-message %s',
    (message) => {
      expect(isMessage(message)).toBe(false);
    }
  );

  it('never throws, and accepts only the namespace, version, a frame id and a known type', () => {
    const types = ['hello', 'hello-ack', 'resize', 'ready', 'start', 'complete'];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({
            ns: fc.constantFrom(NS, 'ai', ''),
            v: fc.constantFrom(1, 2, '1', null),
            id: fc.oneof(fc.constant(id), fc.string()),
            type: fc.oneof(fc.constantFrom(...types), fc.string()),
            data: fc.anything()
          })
        ),
        (raw) => {
          const accepted = isMessage(raw);
          if (!accepted) return;
          expect(raw.ns).toBe(NS);
          expect(raw.v).toBe(VERSION);
          expect(raw.id).toMatch(/^[a-z0-9-]{1,32}$/);
          expect(types).toContain(raw.type);
          if (raw.type === 'resize') expect(Number.isFinite(raw.data.height)).toBe(true);
        }
      ),
      { numRuns: 5000 }
    );
  });
});

describe('clampHeight', () => {
  it('rounds up and keeps heights within the sane range', () => {
    expect(clampHeight(640.2)).toBe(641);
    expect(clampHeight(0)).toBe(MIN_HEIGHT);
    expect(clampHeight(199.5)).toBe(MIN_HEIGHT);
    expect(clampHeight(1e9)).toBe(MAX_HEIGHT);
    expect(clampHeight(MAX_HEIGHT)).toBe(MAX_HEIGHT);
  });
});

describe('completeData', () => {
  it('carries the overall and per-area scores, ranges and bands, and the link', () => {
    const result = buildResult({
      bankHash: '0badcafe',
      length: 'quick',
      day: 20_000,
      areas: [
        {
          info: { id: 'cloud', code: 0, title: 'Cloud Computing', weight: 1 },
          estimate: { theta: 1.2, se: 0.4 }
        },
        {
          info: { id: 'security', code: 2, title: 'Security', weight: 1 },
          estimate: { theta: -1, se: 0.5 }
        }
      ]
    });
    const data = completeData(result, 'https://blog.example/post#air=AbC');
    expect(data).toEqual({
      score: result.overall.score,
      low: result.overall.low,
      high: result.overall.high,
      band: result.overall.band,
      areas: result.areas.map(({ id, title, score, low, high, band }) => ({
        id,
        title,
        score,
        low,
        high,
        band
      })),
      link: 'https://blog.example/post#air=AbC'
    });
    expect(Object.keys(data.areas[0] ?? {})).not.toContain('theta');
    expect(isMessage(event(id, 'complete', data))).toBe(true);
  });
});
