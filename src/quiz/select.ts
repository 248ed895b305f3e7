/** Adaptive item selection and the stopping rules (docs/design.md §6). */
import { nextRandom, randomIndex } from '../lib/random.ts';
import type { ItemParams } from './bank.ts';
import { information } from './scoring.ts';

import type { StopRule } from './lengths.ts';

/** How many of the most informative items the randomesque rule chooses among. */
export const RANDOMESQUE = 3;
/** The wider choice of an area's first question, so that no few questions open every check. */
export const RANDOMESQUE_FIRST = 10;
/** A question not seen in recent attempts is preferred while it gives this share of the best information. */
export const FRESH_SHARE = 0.8;

export interface Candidate extends ItemParams {
  id: string;
  /** The blueprint domain and the question type: the content the selection balances. */
  domain: string;
  type: string;
}

export interface Selection {
  /** Every item of the area's bank (the content shares are the bank's). */
  bank: readonly Candidate[];
  /** The ids already asked in this area, in order. */
  asked: readonly string[];
  theta: number;
  rng: number;
  /** Ids the person saw in recent attempts: avoided while an unseen one is nearly as informative. */
  seen?: ReadonlySet<string>;
}

/**
 * One value of `key` (a domain, a type) among those in `pool`, drawn with the seeded RNG in
 * proportion to how far its share of `asked` falls below its share of `bank` after one more
 * question. Drawn, not the largest: with two questions an area, the largest would ask the same few
 * domains of everyone; the draw asks each in its share of the bank, over everyone who takes it.
 */
function behind(
  bank: readonly Candidate[],
  asked: readonly Candidate[],
  pool: readonly Candidate[],
  key: 'domain' | 'type',
  rng: number
): [string, number] {
  const values = [...new Set(pool.map((item) => item[key]))].sort();
  const deficits = values.map((value) =>
    Math.max(
      0,
      (bank.filter((item) => item[key] === value).length / bank.length) * (asked.length + 1) -
        asked.filter((item) => item[key] === value).length
    )
  );
  const total = deficits.reduce((sum, d) => sum + d, 0);
  const [draw, next] = nextRandom(rng);
  if (total <= 0) return [values[Math.floor(draw * values.length)] ?? '', next];
  let at = draw * total;
  for (let i = 0; i < values.length; i++) {
    at -= deficits[i] ?? 0;
    if (at < 0) return [values[i] ?? '', next];
  }
  return [values.at(-1) ?? '', next];
}

/**
 * The next item. Content first, as certification tests balance it: among the unasked items, those
 * of a blueprint domain, then of a question type, behind its share of the bank (Kingsbury and
 * Zara's rule, drawn in proportion to the shortfall). Then information at θ̂: the items within FRESH_SHARE of the best,
 * unseen ones first, and one of the most informative three (ten for an area's first question)
 * chosen with the seeded RNG. Returns null when the bank has no unasked item.
 */
export function nextItem({
  bank,
  asked,
  theta,
  rng,
  seen
}: Selection): { id: string; rng: number } | null {
  const askedSet = new Set(asked);
  const unasked = bank.filter((item) => !askedSet.has(item.id));
  if (unasked.length === 0) return null;
  const askedItems = bank.filter((item) => askedSet.has(item.id));
  const [domain, afterDomain] = behind(bank, askedItems, unasked, 'domain', rng);
  const inDomain = unasked.filter((item) => item.domain === domain);
  const [type, afterType] = behind(bank, askedItems, inDomain, 'type', afterDomain);
  const pool = inDomain.filter((item) => item.type === type);
  const ranked = pool
    .map((item) => ({ id: item.id, info: information(item, theta) }))
    .sort((x, y) => y.info - x.info || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const best = ranked[0]?.info ?? 0;
  const near = ranked.filter((entry) => entry.info >= FRESH_SHARE * best);
  const fresh = seen ? near.filter((entry) => !seen.has(entry.id)) : [];
  const choices = fresh.length > 0 ? fresh : ranked;
  const width = asked.length === 0 ? RANDOMESQUE_FIRST : RANDOMESQUE;
  const [index, next] = randomIndex(afterType, Math.min(width, choices.length));
  return { id: choices[index]?.id ?? '', rng: next };
}

/** Whether an area is done: n ≥ min and (SE ≤ target or n ≥ max), or its bank has run out. */
export function areaDone(rule: StopRule, asked: number, se: number, remaining: number): boolean {
  if (remaining === 0) return true;
  return asked >= rule.min && (se <= rule.seTarget || asked >= rule.max);
}
